/**
 * Site furniture: the words and shapes of page chrome that surrounds a news article (headings of
 * related-article boxes, share and print bars, comment sections, footers, bylines). Data only;
 * the rules that use it live in `src/document/furniture.ts`. Entries are matched on the folded
 * lower-case text of a whole line, with trailing ':' and counts removed.
 * @module
 */

/** Headings that open a block of links or comments; everything after them at the end is furniture. */
export const FURNITURE_HEADINGS: readonly string[] = [
  'phản hồi',
  'các phản hồi',
  'gửi phản hồi',
  'các tin khác',
  'tin khác',
  'các bài khác',
  'bài khác',
  'tin liên quan',
  'các tin liên quan',
  'bài liên quan',
  'bài viết liên quan',
  'tin bài liên quan',
  'tin tức liên quan',
  'tin cùng chuyên mục',
  'bài cùng chuyên mục',
  'cùng chuyên mục',
  'tin mới',
  'tin mới nhất',
  'mới nhất',
  'tin mới cập nhật',
  'xem nhiều',
  'xem nhiều nhất',
  'đọc nhiều',
  'đọc nhiều nhất',
  'tin đọc nhiều',
  'tin xem nhiều',
  'được quan tâm',
  'quan tâm nhiều',
  'tin nổi bật',
  'có thể bạn quan tâm',
  'bạn có thể quan tâm',
  'có thể bạn muốn đọc',
  'tin đã đưa',
  'các tin đã đưa',
  'các tin cũ hơn',
  'tin cũ hơn',
  'tin trước',
  'tin sau',
  'bình luận',
  'các bình luận',
  'gửi bình luận',
  'viết bình luận',
  'ý kiến bạn đọc',
  'ý kiến của bạn',
  'gửi ý kiến',
  'tags',
  'tag',
  'từ khóa',
  'từ khoá',
  'xem thêm',
  'đọc thêm',
];

/** Headings after which comments follow: in HTML everything after them is furniture. */
export const COMMENT_HEADINGS: readonly string[] = [
  'phản hồi',
  'các phản hồi',
  'gửi phản hồi',
  'bình luận',
  'các bình luận',
  'gửi bình luận',
  'viết bình luận',
  'ý kiến bạn đọc',
  'ý kiến của bạn',
  'gửi ý kiến',
];

/** Whole lines that are buttons or links of the page, dropped wherever they stand. */
export const FURNITURE_LINES: readonly string[] = [
  'chia sẻ',
  'chia sẻ bài viết',
  'chia sẻ bài này',
  'in bài',
  'in bài viết',
  'bản in',
  'in',
  'gửi bài',
  'gửi bài viết',
  'gửi cho bạn bè',
  'gửi email',
  'gửi e-mail',
  'lên đầu trang',
  'về đầu trang',
  'đầu trang',
  'quay lại',
  'trở về',
  'trở lại',
  'trang chủ',
  'xem tiếp',
  'đọc tiếp',
  'theo dõi',
  'thích',
  'lưu',
  'lưu bài viết',
  'facebook',
  'twitter',
  'zalo',
  'like',
  'tweet',
  'share',
  'print',
  'email',
  'đăng nhập',
  'đăng ký',
  'tìm kiếm',
  'quảng cáo',
  'bình chọn',
  'top',
];

/** Prefixes of a line that points to another article ('Xem thêm: …'); such a line is furniture. */
export const LINK_LINE_PREFIXES: readonly string[] = [
  'xem thêm',
  'đọc thêm',
  'xem tiếp',
  'mời xem',
  'mời đọc',
  'tin liên quan',
  'bài liên quan',
  'video',
  'ảnh',
  'clip',
];

/** Labels that open a footer line of the site (address, phone, licence). */
export const FOOTER_LABELS: readonly string[] = [
  'địa chỉ',
  'trụ sở',
  'tòa soạn',
  'toà soạn',
  'đt',
  'điện thoại',
  'tel',
  'fax',
  'hotline',
  'đường dây nóng',
  'email',
  'e-mail',
  'website',
  'giấy phép',
  'giấy phép số',
  'bản quyền',
  'copyright',
  'cơ quan chủ quản',
  'tổng biên tập',
  'phó tổng biên tập',
  'chịu trách nhiệm xuất bản',
  'chịu trách nhiệm nội dung',
  'liên hệ quảng cáo',
  'ghi rõ nguồn',
];

/** Phrases that mark a short footer line wherever they stand in it ('© 2024 …', '… ghi rõ nguồn …'). */
export const FOOTER_PHRASES: readonly string[] = [
  '©',
  'bản quyền thuộc',
  'copyright',
  'ghi rõ nguồn khi',
  'ghi rõ nguồn bài',
  'ghi rõ nguồn báo',
  'ghi rõ nguồn.',
  'ghi rõ nguồn:',
  'giấy phép số',
  'giấy phép thiết lập',
  'all rights reserved',
  'chịu trách nhiệm xuất bản',
];

/** Words that open a source line at the end ('Theo TTXVN', 'Nguồn: Báo Nhân Dân'). */
export const BYLINE_PREFIXES: readonly string[] = ['theo', 'nguồn', 'bài và ảnh', 'bài, ảnh', 'ảnh', 'tin, ảnh', 'tin và ảnh', 'lược dịch theo', 'dịch theo'];

/** A byline that is only a staff code ('PV', 'Nhóm PV'). */
export const BYLINE_CODES: readonly string[] = ['pv', 'nhóm pv', 'ctv', 'btv', 'ptv', 'bbt', 'nhóm phóng viên', 'phóng viên', 'ban biên tập', 'tin: pv', 'tin, ảnh: pv'];

/** Words that may follow an author's name on a byline line ('Việt Anh thực hiện'). */
export const BYLINE_SUFFIXES: readonly string[] = ['thực hiện', 'ghi', 'ghi chép', 'lược dịch', 'tổng hợp', 'biên dịch', 'dịch', 'phản ánh'];

/** Separators of a breadcrumb trail ('Trang chủ > Thời sự > Chính trị'). */
export const BREADCRUMB_SEPARATORS: readonly string[] = ['>', '»', '›', '/', '|', '→'];

/**
 * Words of an HTML class or id that mark a whole element as furniture (matched against the
 * words of a class token split at '-', '_' and case changes, or against the token with those
 * separators removed).
 */
export const FURNITURE_CLASS_WORDS: readonly string[] = [
  'related',
  'relate',
  'relates',
  'relatednews',
  'lienquan',
  'tinlienquan',
  'tinkhac',
  'tinlq',
  'othernews',
  'morenews',
  'listnews',
  'newslist',
  'samecategory',
  'cungchuyenmuc',
  'comment',
  'comments',
  'binhluan',
  'ykien',
  'share',
  'sharing',
  'social',
  'sharebar',
  'breadcrumb',
  'breadcrumbs',
  'sidebar',
  'footer',
  'menu',
  'navbar',
  'nav',
  'navigation',
  'banner',
  'ads',
  'advert',
  'advertisement',
  'quangcao',
  'qc',
  'tags',
  'tag',
  'keywords',
  'tukhoa',
  'print',
  'widget',
  'popup',
  'modal',
  'subscribe',
  'newsletter',
  'mostviewed',
  'mostread',
  'xemnhieu',
  'docnhieu',
  'trending',
  'toolbar',
  'copyright',
  'meta',
  'byline',
  'datetime',
  'timestamp',
  'author',
];

/** Day names and labels that open a page's time stamp ('Thứ Hai, 12/3/2024 08:15'). */
export const WEEKDAYS: readonly string[] = ['thứ hai', 'thứ ba', 'thứ tư', 'thứ năm', 'thứ sáu', 'thứ bảy', 'chủ nhật', 'cập nhật', 'đăng lúc', 'ngày đăng'];

/** Words of an HTML class or id that mark an element as the article's lead (sapo). */
export const LEAD_CLASS_WORDS: readonly string[] = [
  'sapo',
  'lead',
  'summary',
  'description',
  'desc',
  'chapeau',
  'excerpt',
  'intro',
  'teaser',
  'abstract',
  'tomtat',
  'standfirst',
  'subtitle',
];

/** Words of an HTML class or id that mark the article's own container (title and body). */
export const ARTICLE_CLASS_WORDS: readonly string[] = [
  'article',
  'articlebody',
  'detail',
  'details',
  'content',
  'post',
  'entry',
  'story',
  'noidung',
  'chitiet',
  'fckdetail',
  'main',
];

/** Words of an HTML class or id that mark a site logo or brand (an h1 there is not the headline). */
export const LOGO_CLASS_WORDS: readonly string[] = ['logo', 'brand', 'sitename', 'masthead', 'header'];

/** Pieces of inline script that saved pages leave in the text: a line holding one is page code, not prose. */
export const SCRIPT_MARKERS: readonly string[] = ['new Array(', 'document.write(', 'function(', "','#", 'javascript:', '//]]>', '<!--'];
