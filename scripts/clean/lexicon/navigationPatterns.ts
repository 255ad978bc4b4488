/**
 * Page chrome: advertisement slots, menus and navigation words, links to galleries and other pages,
 * topic tags, web archive and error pages' notices, cookie and JavaScript banners.
 *
 * One family of the line lexicon (linePatterns.ts keeps the families in the order they are tried).
 */
import { type LinePattern } from './linePattern.ts';
import { REPORTING, SAID_OR_TOLD } from './reporting.ts';

export const NAVIGATION_PATTERNS: LinePattern[] = [
  { re: /^(?:advertisement|advertising|ad|ads|sponsored|sponsored content|paid content|paid post|promoted|promoted content|ad choices|adchoices|skip ad|report this ad)$/i, reason: 'advertisement', note: 'advertisement slot', maxLen: 30 },
  { re: /^(?:photo |video )?advertisement\b|\badvertisement$|^(?:story|article|text) continues? (?:below|after)\b|^Story continued below$/i, reason: 'advertisement', note: 'advertisement slot', maxLen: 80 },

  // ── navigation and page chrome ──────────────────────────────────────────────
  // "Key points: ..." is the same box under another name, its first bullet after the colon.
  { re: /^(?:Story highlights\b|Key (?:points|takeaways)\s*:)/i, reason: 'navigation', note: 'story highlights box', maxLen: 400 },
  {
    re: /^(?:Highlights|Top of page|Back to top|Return to top|Skip to (?:main )?content|Skip navigation|Jump to|Menu|Close|Home|Search|Sections|Continue reading(?: the main story| below)?|See more|Show more|Load more|Read full (?:story|article)|Full story|Next|Previous|Next story|Previous story|Text size|Article excerpt|Expand|Collapse|Comments?|View comments|Leave a comment|Join the (?:conversation|discussion)|Print this page|Print article|Open in app|Listen(?: to (?:this )?(?:article|story))?|Audio|Transcript|Watch|Watch now|Video|Videos|Play|Toggle navigation|Log ?in|Sign in|Loading|Gallery|Updated|Posted|First posted|Published|Last updated|Article tools)\s*(?:[:\-–+]|\.{1,3}|…)?\s*$/i,
    reason: 'navigation', note: 'page navigation', maxLen: 60,
  },
  { re: /^\(?(?:Watch|Video|Videos|Listen|Photos|Gallery|Slideshow|Interactive|Graphic|Map|Storify|Podcast|Interactive (?:map|graphic|timeline)|More (?:news|stories|coverage))\s*:\s*\S/i, reason: 'navigation', note: 'link to video or photo gallery', maxLen: 160, unless: REPORTING },
  { re: /\b(?:PHOTOS|VIDEOS?|WATCH|GALLERY)\s*:/, reason: 'navigation', note: 'link to video or photo gallery', maxLen: 160, unless: REPORTING },
  { re: /^Click (?:here )?for more\b|^Click here\b|\bclick here\.?$/i, reason: 'navigation', note: 'link to another page', maxLen: 150, unless: REPORTING },
  // "For more information on crime in your area, visit our online crime mapping tool."
  { re: /\b(?:visit|see|check out) our (?:web ?site|site|online|page|app|homepage)\b|\bvisit our\b.{0,60}[.!]$/i, reason: 'navigation', note: 'link to another page', maxLen: 250, unless: REPORTING },
  // ... or to another of the outlet's stories, closing a deck (which says "says"; prose says "said"): "Gun not real, says
  // spokesperson. Plus, check out our brief history of royal siblings."
  { re: /our\s/i, also: /(?:^|[.!?]\s+)(?:Plus,?\s+|Also,?\s+)?(?:check out|see|read) our\s[^.!?]{3,120}[.!]?$/i, reason: 'navigation', note: 'link to another page', maxLen: 250, unless: SAID_OR_TOLD },
  { re: /^(?:Topics|Tags|Filed under|Categories)\s*:/i, reason: 'navigation', note: 'topic tags', maxLen: 400 },
  // A link written out: "Permalink: http://...", a bare address on its own line, "(Read the entire story...CLICK HERE)".
  { re: /^Permalink\s*:|^(?:https?:\/\/|www\.)\S+$|\((?:Read|See|Watch) the (?:entire|full|whole|rest of the) (?:story|article|interview)\b[^()]{0,40}\)$/i, reason: 'navigation', note: 'link to another page', maxLen: 250 },
  // "reset Heckler at rally ...": a video playlist's controls and titles run together.
  { re: /^reset\s+\p{Lu}/u, reason: 'embed', note: 'video player text', maxLen: 300 },
  { re: /\bwhile you are redirected\b|\bVideo (?:Loading|Unavailable)\b.{0,40}\b(?:Click|Tap) to play\b|^UPDATE\s*[:-]?$/i, reason: 'navigation', note: 'page chrome', maxLen: 200 },
  { re: /^View (?:Graphic|Slideshow|Gallery|Photos?|Video|Interactive|Full Screen)\b/i, reason: 'navigation', note: 'link to video or photo gallery', maxLen: 150 },
  // A wiki's section heading with its edit link ("Early life [ edit ]"): the page's structure, not a sentence of it.
  { re: /^[^.!?[\]]{1,80}\s\[\s?edit\s?\]$/i, reason: 'navigation', note: 'a wiki section heading and its edit link', maxLen: 100 },
  // A broadcast transcript's stage directions in brackets: "(SOUNDBITE OF ARCHIVED RECORDING)", "(LAUGHTER)", "(BEGIN VIDEO CLIP)".
  { re: /^\((?:SOUNDBITES? OF [\p{Lu}\d ,'’&-]+|LAUGHTER|APPLAUSE|CROSSTALK|INAUDIBLE|MUSIC|COMMERCIAL BREAK|(?:BEGIN|END) (?:VIDEO ?CLIP|VIDEOTAPE|AUDIO ?CLIP))\)$/u, reason: 'navigation', note: 'a transcript\'s stage direction', maxLen: 80 },
  // A capture from a web archive instead of the article: the archive's own notice about its crawls or collections.
  { re: /^This crawl was run\b|\bWARC(?:s|Zone)?\b|\bURLs including their embeds\b|\bcrawl data to the Internet Archive\b|^These crawls are part of an effort to archive pages\b|\bweb collections curated by\b.{0,120}\bInternet Archive\b|\bWayback Machine after an embargo period\b/i, reason: 'navigation', note: 'web archive notice', maxLen: 800 },
  { re: /\bJavaScript (?:is )?(?:disabled|turned off|not enabled)\b/i, reason: 'navigation', note: 'page chrome', maxLen: 200 },
  // A host's error page saved instead of the article; its advice runs to a long paragraph ("... It may take 8-24 hours for DNS changes to propagate. ...").
  { re: /\bDNS changes to propagate\b|\bIP address for this domain\b|\bclearing your DNS cache\b/i, reason: 'navigation', note: 'error page', maxLen: 600 },
  // A menu run into one line: short items between " | " with no sentence in them, three or more, or
  // one in lower case ("Search the Web advanced search | most popular"); two capitalised items
  // ("Harbour fire | Harbour Times") may be a page's title line and are left alone.
  { re: /^[^.!?|]{1,60}(?:\s\|\s[^.!?|]{1,60})+$/, also: /(?:\s\|\s[^|]+){2,}|\s\|\s\p{Ll}/u, reason: 'navigation', note: 'menu', maxLen: 200 },
  // An error page saved instead of the article: its advice to the reader ("Please check the URL for
  // proper spelling ...", "The page you are looking for may have been moved", "try searching below").
  { re: /\bcheck the (?:URL|web address|address|link) (?:for (?:proper )?spelling|and try again)\b|\bthe page you (?:are|were) looking for (?:cannot be found|could not be found|does not exist|is no longer available|(?:may )?(?:has|have) been (?:moved|removed|deleted))|\bif you(?:'|’)re having trouble locating a (?:destination|page)\b|^Please try\b.{0,60}\bif you need (?:more |further )?(?:assistance|help)\.?$|^(?:Error )?404\b.{0,40}\bnot found\b/i, reason: 'navigation', note: 'error page', maxLen: 400 },
  { re: /^(?:Sorry, )?(?:the )?page (?:you requested )?(?:was |could not be )?not found|\benable JavaScript\b|^You must enter the characters\b|\bcookies?\b.{0,60}\b(?:policy|settings|consent|accept)\b/i, reason: 'navigation', note: 'page chrome', maxLen: 200 },
];
