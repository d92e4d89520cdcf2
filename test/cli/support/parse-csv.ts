/** A strict RFC 4180 reader, written apart from the CSV writer so that it can check it. */

/** The records of `csv` (CRLF or LF line breaks; quoted fields may hold commas, quotes and line breaks). */
export function parseCsv(csv: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  let quotedField = false;
  while (i < csv.length) {
    const c = csv[i]!;
    if (quotedField) {
      if (c === '"' && csv[i + 1] === '"') {
        field += '"';
        i += 2;
      } else if (c === '"') {
        quotedField = false;
        i++;
        if (i < csv.length && !/[,\r\n]/.test(csv[i]!)) throw new Error(`character after a closing quote at ${i}`);
      } else {
        field += c;
        i++;
      }
    } else if (c === '"') {
      if (field !== '') throw new Error(`quote inside an unquoted field at ${i}`);
      quotedField = true;
      i++;
    } else if (c === ',') {
      record.push(field);
      field = '';
      i++;
    } else if (c === '\r' || c === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i += c === '\r' && csv[i + 1] === '\n' ? 2 : 1;
    } else {
      field += c;
      i++;
    }
  }
  if (quotedField) throw new Error('unterminated quoted field');
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}
