/**
 * Boilerplate markers: data, kept apart from the code that uses it
 * (classify.ts). Everything is matched against a line that has been trimmed,
 * stripped of list bullets and lower-cased. Add a marker here with a test case
 * in classify.test.ts; prefer whole-line matches, since a word that is junk as
 * a line of its own ("Share") is ordinary in a sentence.
 */

/** Lines that are nothing but a piece of page chrome. */
export const WHOLE_LINE = new Set([
  'top of page', 'bottom of page', 'back to top', 'go to top', 'scroll to top', 'skip to content',
  'skip to main content', 'jump to navigation', 'toggle navigation', 'main menu', 'menu', 'search',
  'search for:', 'home', 'share', 'share this', 'share this:', 'share this post', 'share on facebook',
  'share on twitter', 'tweet', 'like', 'like this:', 'like loading...', 'loading...', 'reply',
  'leave a reply', 'leave a comment', 'post a comment', 'add a comment', 'cancel reply', 'comments',
  'comment', 'recent posts', 'recent comments', 'related posts', 'related articles', 'popular posts',
  'see all', 'read more', 'continue reading', 'read next', 'subscribe', 'subscribe now', 'sign in',
  'sign up', 'log in', 'login', 'register', 'print', 'email', 'previous post', 'next post', 'older posts',
  'newer posts', 'categories', 'archives', 'tags', 'meta', 'rss', 'advertisement', 'sponsored',
  'post not marked as liked', 'follow us', 'contact us', 'about us', 'privacy policy', 'terms of use',
  'cookie policy', 'accept cookies', 'accept all', 'powered by wordpress', 'powered by wix', 'edit',
  'follow', 'open in app', 'get the app', 'listen', 'related', 'report this ad', 'advertisements',
  'sponsored content', 'newer post older post home', 'older post', 'newer post', 'jump to content',
  'from wikipedia, the free encyclopedia', 'jump to navigation jump to search', 'navigation menu',
  'toggle the table of contents', 'you may also like', 'you might also like', 'more from this author',
  'наверх', 'поделиться', 'комментарии', 'читать далее', 'главная', 'меню', 'поиск',
]);

/** Words that make a row of links (a navigation bar, share buttons) when a line is only these. */
export const NAV_WORDS = new Set([
  'home', 'about', 'contact', 'blog', 'news', 'travel', 'photos', 'photo', 'gallery', 'galleries',
  'videos', 'video', 'shop', 'store', 'faq', 'help', 'login', 'log', 'in', 'sign', 'up', 'register',
  'search', 'menu', 'archive', 'archives', 'categories', 'tags', 'events', 'links', 'forum', 'wallpapers',
  'privacy', 'terms', 'policy', 'sitemap', 'rss', 'subscribe', 'donate', 'facebook', 'twitter', 'x',
  'instagram', 'pinterest', 'linkedin', 'reddit', 'whatsapp', 'telegram', 'vk', 'tumblr', 'email',
  'print', 'share', 'tweet', 'like', 'pin', 'it', 'more', 'us', 'and', '&', '|', '·', '•', '/', '-',
]);

/** Line beginnings that mark page chrome whatever follows. */
export const PREFIXES: readonly RegExp[] = [
  /^writer'?s picture/, // Wix author badge, glued to the name
  /^writer’s picture/,
  /^category\(s\):/,
  /^categories:/,
  /^category:/,
  /^tags?:/,
  /^filed under\b/,
  /^posted in\b/,
  /^posted (on|by)\b.{0,60}$/,
  /^(updated|published|last updated|last modified):?\s.{0,40}$/, // "Updated: Dec 30, 2023"
  /^share (this|on)\b.{0,40}$/,
  /^(©|\(c\)|copyright\b)/,
  /^disclaimer\b/,
  /^please be advised\b/,
  /^click here\b/,
  /^photo( credit)?:\s.{0,80}$/,
  /^\d+\s+(views?|comments?|likes?|shares?|reads?)$/,
  /^(\d+|no|one) comments?$/,
  /^\d+ min(ute)? read$/,
  /^posted by .{0,60}$/,
  /^labels?:/,
  /^subscribe to:/,
  /^email this ?blogthis!/,
  /^retrieved from\b/,
  /^privacy & cookies:/,
  /^this (entry|post) was posted in\b/,
  /^bookmark the permalink\b/,
  /^(sign up|subscribe) (for|to) (our )?newsletter\b/,
];

/** Phrases that mark a site notice (disclaimer, cookie banner) anywhere in a line. */
export const NOTICE_PHRASES: readonly RegExp[] = [
  /\bdating (site|personals|online)\b/,
  /\bmail order brides?\b/,
  /\bmatchmaking services?\b/,
  /\b(this|our) (web ?site|site|blog) uses cookies\b/,
  /\bwe use cookies\b/,
  /\ball rights reserved\b/,
  /\bis not affiliated with\b/,
  /\bno fees, no charges\b/,
];

/**
 * Headers that open a comment section. Everything after one of them is the
 * comments (and their spam), when the header sits in the document's second half.
 */
export const COMMENT_HEADERS: readonly RegExp[] = [
  /^(\d+|one|two|three|four|five|six|seven|eight|nine|ten) (responses?|comments?|thoughts|replies|pingbacks?)( (to|on) ".*)?$/,
  /^(\d+|one|two|three) responses? in another blog\/article$/,
  /^leave a (reply|comment)$/,
  /^comments? are closed\.?$/,
  /^(discussion|comments)( \(\d+\))?:?$/,
  /^join the discussion\b/,
  /^what do you think\?$/,
];
