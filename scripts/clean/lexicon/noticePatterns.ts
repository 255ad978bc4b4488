/**
 * More line shapes of page furniture, tried after the other families of the lexicon (linePatterns.ts):
 * the outlet's notes to its readers (reprint rights, requests for tips, update notes and time stamps
 * written as a sentence) and gallery or picture labels. Each one is general: found on several
 * outlets' pages of the multi-news corpus, never one article's words.
 */
import { type LinePattern, re } from './linePattern.ts';
import { MONTH, WEEKDAY } from './regexParts.ts';
import { REPORTING, SAID_OR_TOLD } from './reporting.ts';
import { SLASH } from './captionPatterns.ts';

export const NOTICE_PATTERNS: LinePattern[] = [
  // "This copy is for your personal, non-commercial use only. To order presentation-ready copies ...".
  { re: /\bfor your personal,? non-?commercial use only\b|\bOrder Reprints\b|^(?:\p{Lu}[\p{L}&]* ){0,3}Reprints\s*:/iu, reason: 'credit', note: 'reprint rights notice', maxLen: 600 },
  // "If you have ever witnessed ..., we'd like to hear from you. Send us a secure tip ...", "Got a tip? Call ...", "If you have
  // pictures or videos of the fire, email them to ...". (Not "If you have information, call police": an appeal the story reports.)
  { re: /\bwe['’]?d (?:like|love) to hear from you\b|\bSend us (?:a |your )?(?:secure |news )?tips?\b|^(?:Got|Have) a (?:news |story )?tip\b|\bHave a (?:news )?tip\?|\bShare your (?:story|photos|videos) with us\b|^If you have (?:any )?(?:pictures|photos|images|videos?|footage)\b[^.!?]{0,80}\b(?:e-?mail|send|upload|share|submit)\b/i, reason: 'sign-up', note: 'request for tips from readers', maxLen: 400 },
  // A columnist's schedule and contacts: "... columnists Jo Roe and Al Poe appear Sundays and Wednesdays. ... email jo@example.com".
  { re: /\bcolumnists?\b.{0,80}\bappears? (?:on )?(?:Sundays|Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|daily|weekly)\b/i, reason: 'author-bio', note: 'author bio', maxLen: 600, unless: SAID_OR_TOLD },
  // A column's or a feature's own tagline, addressed to its readers: "Tech Matters offers a slightly twisted take on the
  // tech that's taken over our lives.", "Money Talk is a weekly column answering your questions." (news has no "our lives").
  { re: /^(?:\p{Lu}[\p{L}'’&.-]*\s+){1,4}(?:offers|brings|gives|is)\s+(?:you\s+)?(?:a|an|your)\s+(?:[\p{L}-]+\s+){0,3}?(?:take|look|column|feature|series|guide|roundup|newsletter|blog|podcast)\b/u, also: /\b(?:our|your|you)\b/i, reason: 'author-bio', note: "a column's tagline", maxLen: 200, unless: REPORTING },
  // A commentary's disclaimer: "The author is a Wire columnist. The opinions expressed are his own."
  { re: /^The (?:author|writer)s? (?:is|are|was) (?:a|an|the)\b.{0,120}?\b(?:columnist|contributor|commentator|writer|editor|author|fellow|professor)s?\b|\bThe (?:opinions|views) expressed (?:here |in this (?:article|column|commentary|piece) )?are (?:his|her|their|the author['’]s|solely)\b/i, reason: 'author-bio', note: 'author bio', maxLen: 400, unless: REPORTING },
  // A prompt for readers' comments: "Let us know your favorite!", "Tell us what you think in the comments."
  { re: /(?:^|[.!?]\s+)(?:Let us know|Tell us)\b[^.!?]{0,80}(?:\b(?:your|you|comments?|below)\b)[^.!?]{0,40}[!?.]?$|\b(?:Leave|Share|Post) (?:a|your) (?:comment|thoughts)\b.{0,40}$|\b(?:submit|send) (?:us )?your questions (?:now|here|below|to us)\b|\bThe comment (?:box|section) is (?:now )?open\b|^Have (?:more|something) to say about this (?:topic|story|article)\b/i, reason: 'share', note: 'comment prompt', maxLen: 300, unless: REPORTING },
  // A post's text as a social network shows it, opening on a hashtag with another in it: "#breaking Body found in #harbour ...".
  { re: /^#\p{L}[\p{L}\d_]+\s.*#\p{L}[\p{L}\d_]+/u, reason: 'embed', note: 'embedded social media post', maxLen: 400, unless: REPORTING },
  // A share-by-e-mail form: "Thank you for your interest in spreading the word about The Journal."
  { re: /^Thank you for your interest in (?:spreading the word|sharing)\b/i, reason: 'share', note: 'share form', maxLen: 200 },
  // A teaser cut off with its link: "New harbour owner looking for a new publisher; several... More."
  { re: /(?:\.\.\.|…)\s*(?:More|Read more|Continue reading)\.?$/, reason: 'related', note: 'link to a related article', maxLen: 300, unless: REPORTING },
  // A teaser set into the story: "TODAY IN THE SKY: Would you bid for a parked plane? (story continues below)".
  { re: /\((?:the )?(?:story|article|text) continues (?:below|after)\b[^()]{0,20}\)$/i, reason: 'related', note: 'link to a related article', maxLen: 300 },
  // The outlet on its own republishing: "This post originally ran in April 2013.", "This story first appeared in The Harbour Times."
  { re: /^(?:This|The following) (?:post|story|article|piece|column|interview|essay) (?:was )?(?:originally|first) (?:ran|run|appeared|published|posted|aired)\b/i, reason: 'credit', note: 'republication note', maxLen: 300 },
  // "Warning: Contains spoilers for season 6.", "Spoiler alert: this post discusses the finale."
  { re: /^(?:Warning|Caution|Note)\s*:\s*(?:this (?:post|story|article) )?contains spoilers\b|^Spoiler (?:alert|warning)\s*[:!.]/i, reason: 'navigation', note: 'spoiler warning', maxLen: 200 },
  // A pointer to a player: "Watch below (it starts around 5:20):", "Watch the video above."
  { re: /^(?:Watch|See|Listen to) (?:the |it |this |our )?(?:(?:full |whole )?(?:video|clip|interview|segment|report|exchange|moment|speech) )?(?:below|above|here)\b[^.!?]{0,80}[:.]?$/i, reason: 'embed', note: 'pointer to a video player', maxLen: 160 },
  // A review's box of credits: "Drama. Starring Jo Roe and Al Poe. Directed by Ann Lee. (R. 104 minutes.)", "MPAA Definition of R: Restricted."
  { re: /\((?:G|PG|PG-13|R|NC-17|Not rated|Unrated)[.,]\s*\d{2,3} (?:minutes|min)\.?\)$|^MPAA (?:Definition|rating)\b|^(?:Running|Run) time\s*:\s*\d|^Rated (?:G|PG|PG-13|R|NC-17)\b[^.]{0,80}\.\s*(?:Running time|\d{2,3} (?:minutes|min))/, reason: 'credit', note: "a review's credits and rating", maxLen: 400 },
  // The same box at a review's end, run into one line: "... is rated R for violence. Running time: 104 minutes. Three stars out of
  // four.", "Release Date: 2031-02-12 Running Length: 1:45 MPAA Classification: R Cast: ..."; and the rating alone.
  { re: /\bRunning (?:time|length)\s*:\s*\d/i, also: /\bRunning (?:time|length)\s*:\s*\d[^.!?]{0,30}\.?(?:\s+(?:[\p{L}-]+\s+){1,4}stars? out of (?:four|five|4|5)\.?)?$|(?:Release Date|Running Length|MPAA Classification|Aspect Ratio)\s*:.*(?:Release Date|Running Length|MPAA Classification|Aspect Ratio)\s*:/iu, reason: 'credit', note: "a review's credits and rating", maxLen: 1500 },
  { re: /^(?:[\p{L}-]+\s+){1,4}stars? out of (?:four|five|4|5)\.?$/iu, reason: 'credit', note: "a review's credits and rating", maxLen: 50 },
  // Time stamps written as a sentence: "First published April 25, 8:32 p.m. PT.", "Updated March 3, 2014 4:05 PM ET".
  { re: re(String.raw`^(?:First published|Published|Updated|Last updated|Posted|Last modified)\s+(?:on\s+)?(?:\p{L}+,?\s+)?${MONTH}\s+\d{1,2}\b[^.!?]{0,40}(?:[ap]\.?m\.?|\d{4}|[A-Z]{2,3})?\s*[^\s.!?]{0,6}\.?$`, 'iu'), reason: 'navigation', note: 'time stamp', maxLen: 80 },
  // "Update, 8:46 p.m.: Adds comment from the company.": the outlet's note of what it changed (a live update's news is no note).
  // "7 PM EASTERN UPDATE: Adds fundraising details.", "Update, July 8th, 12:45AM ET: Article updated to reflect new funding."
  { re: /^(?:[^:]{0,30}\s)?(?:Update|Updated|Editor['’]s note)(?:\s+\d+)?(?:,\s*(?:\d{1,2}:\d{2}|[^:]){1,40}?)?\s*:\s*(?:Adds|Added|Corrects|Corrected|Updates|Updated with|Includes|(?:This |The )?(?:story|article|post) (?:has been |was |is )?(?:updated|corrected|amended)|This (?:story|article|post))\b/i, reason: 'credit', note: 'update note', maxLen: 200 },
  { re: /^You must (?:log|sign) in\b|^(?:Please )?(?:log|sign) in to (?:continue|comment|read|view)\b/i, reason: 'navigation', note: 'page chrome', maxLen: 80 },
  // "View Images An artist's depiction of ...": the label of a picture and its caption.
  { re: /^View Images?\b/i, reason: 'caption', note: 'photo caption', maxLen: 600, unless: REPORTING },
  // "... excavate in the trench. Previous Next": captions of a gallery with its buttons.
  { re: /next$/i, also: /\b(?:Previous|Prev)\s+Next$/i, reason: 'caption', note: 'photo gallery captions', maxLen: 2000 }, // the cheap end test first
  // "Police are investigating the deaths as a double homicide, said Det. Jo Roe. 1:14": a video's caption and its running time.
  { re: /[.!?]["'”’]?\s+\d{1,2}:\d{2}$/, reason: 'embed', note: 'video caption with its running time', maxLen: 400, unless: /\b(?:at|by|until|from|since|before|after|around|about)\s+\d{1,2}:\d{2}$/i },
  // Agency captions: "This image provided by the county jail shows ...", "In this Sept. 25, 2018, photo, ...", "Jo Roe is pictured with ...".
  { re: /^(?:This|In this)\s+(?:(?:undated|handout|file|booking|surveillance|aerial|satellite|still|police|family)\s+)*(?:image|photo|photograph|picture|frame grab|video (?:still|frame|image)|mugshot)s?\s+(?:(?:provided|released|taken|made available|obtained|posted|shared)\b.{0,100}\b)?(?:shows?|showing|depicts)\b/i, reason: 'caption', note: 'photo caption', maxLen: 600 },
  { re: re(String.raw`^In this (?:${MONTH}\s+\d{1,2},?\s+\d{4},?\s+|\d{4},?\s+)?(?:(?:file|handout|undated|pool)\s+)*(?:photo|image|picture|photograph|frame grab)\b`, 'iu'), reason: 'caption', note: 'photo caption', maxLen: 800 },
  { re: /\b(?:is|are) pictured\b/i, reason: 'caption', note: 'photo caption', maxLen: 400, unless: REPORTING },
  // "A reconstruction of the fossil is shown in this 2016 photo released on Monday.": a caption's own words for its
  // picture. (Not "A model of the ship is shown. ...": a slideshow's captions may be its whole story.)
  { re: / (?:shown|seen|pictured) in /, also: /\b(?:is|are) (?:shown|seen|pictured) in (?:this|an?) (?:[\p{L}\d,.-]+ ){0,5}(?:photo|image|picture|photograph|illustration|handout)\b/u, reason: 'caption', note: 'photo caption', maxLen: 400, unless: SAID_OR_TOLD },
  // A caption that speaks of its picture and ends in its credit: "Jo Roe in an undated photo. (Wire)", "Police released a
  // booking photo of the man arrested on May 8. (County Police)" (a live blog's entries end in a name too, but speak of no picture).
  // (The cheap test first: the line ends in a bracket.)
  { re: /\)$/, also: /\b(?:in an? (?:(?:undated|file|handout|archive) )*(?:photo|image|picture|photograph)|(?:booking|file|handout|surveillance|undated) (?:photo|image|picture|photograph)|this (?:[\p{L}-]+ )?(?:photo|image|picture|photograph)|(?:is|are) (?:seen|shown|pictured))\b[^()]{0,300}\(\p{Lu}[\p{L}\d .&\/-]{0,40}\)$/u, reason: 'caption', note: 'photo caption', maxLen: 500, unless: SAID_OR_TOLD },
  // "Associated Press A soldier rides on a carrier near the border on Thursday.": a caption opening on its agency.
  { re: /^(?:Associated Press|Reuters|AFP|EPA)\s+(?:An?|The|This)\s+\p{L}/u, reason: 'caption', note: 'photo caption', maxLen: 400 },
  // "Jo Roe / Reuters file The park is seen in December.": a caption opening on its credit.
  { re: SLASH, also: /^[^.!?]{3,80}\/\s?(?:Getty Images|AP|Reuters|AFP|EPA|Shutterstock)\s+(?:file|pool)\s+\p{Lu}/u, reason: 'caption', note: 'photo caption', maxLen: 600 },
  { re: /^An?\s+(?:handout|file|undated|booking|surveillance|pool)\s+(?:image|photo|photograph|picture|frame grab|video still)\b.{0,120}\b(?:shows?|showing|depicts)\b/i, reason: 'caption', note: 'photo caption', maxLen: 600 },
  // "Jo Roe (C) speaks to reporters ...", "Al Poe (2nd L)": where each one stands in the picture ("(R)" alone is a party).
  { re: /\s\((?:C|\d(?:st|nd|rd|th) [LR]|L-R|R-L|centre|center|front|back|top|bottom)\)[\s,]/, reason: 'caption', note: 'photo caption', maxLen: 600, unless: SAID_OR_TOLD },
  // A line that is only a date and time, perhaps with its byline: "March 10, 2012 10:54 am ET by Staff", "Tuesday, May 2, 2017".
  { re: re(String.raw`^(?:${WEEKDAY},?\s+)?${MONTH}\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}(?:,?\s+(?:at\s+)?\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4})?)?(?:\s*(?:by|\||•|-|—|\/)\s+[^!?]{1,60})?$`, 'iu'), reason: 'navigation', note: 'time stamp', maxLen: 120 },
  { re: re(String.raw`^(?:${WEEKDAY},?\s+)?\d{1,2}\s+${MONTH}\s+\d{4}(?:,?\s+\d{1,2}[:.]\d{2}\s*(?:[A-Z]{2,4})?)?$`, 'iu'), reason: 'navigation', note: 'time stamp', maxLen: 60 },
  // A byline run into its time stamp (the stamp's word capitalised: "the report was published on May 8" is prose): "By Jo Roe, Wire | Posted 10:32 a.m.", "Jo Roe, Wire Published 10:32 a.m. ET May 8, 2017".
  { re: re(String.raw`(?:^|[\s|•,])(?:Published|Updated|Posted|Last [Uu]pdated|PUBLISHED|UPDATED|POSTED)\s*:?\s+(?:at\s+|on\s+)?(?:${WEEKDAY},?\s+)?(?:\d{1,2}[:.]\d{2}|${MONTH}\s+\d|\d{1,2}\s+${MONTH})`), reason: 'navigation', note: 'time stamp', maxLen: 160, unless: REPORTING },
  // Time first: "9:04 PM ET Sun, 3 Sept 2017", "10:53 AM ET, Thu March 9, 2017" (a live blog's "8:11 P.M. Two wounded" has no date).
  { re: re(String.raw`^\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)\s*(?:[A-Z]{2,4})?,?\s+(?:${WEEKDAY},?\s+)?(?:${MONTH}\s+\d{1,2}|\d{1,2}\s+${MONTH})`, 'iu'), reason: 'navigation', note: 'time stamp', maxLen: 120 },
  { re: /^(?:Posted|Updated|Published|Last updated|First published|Last modified)\s+(?:at\s+)?\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?/i, reason: 'navigation', note: 'time stamp', maxLen: 100 },
  // "An ICBM test? 9:04 PM ET Sun, 3 Sept 2017 | 02:51": an item of a video list with its running time.
  { re: /\|\s*\d{1,2}:\d{2}$/, reason: 'embed', note: 'video list item', maxLen: 200 },
];
