// Page furniture that survives a copy-paste of a news page: whole lines to drop, and the credits
// photo captions carry. Matched against a trimmed line; order does not matter.

/** Lines that are navigation, sharing or promotion, never article text. */
/** A linked video or audio item's title and running time (tried only on a line ending in `m:ss`). */
const MEDIA_ITEM = /^[^.!?]{3,160}?(?<!\b(?:at|by|from|until|till|to|before|after|around|about))\s+(?:\d{1,2}:)?\d{1,2}:\d{2}$/;

export const CHROME_LINES: { test(line: string): boolean }[] = [
  /^(?:accessibility links|skip to (?:main )?(?:content|navigation)|jump to|breaking news|live updates?|menu|main menu|search|sign in|sign up|log ?in|log ?out|register|subscribe(?: now)?|newsletter|share|share this(?: article| story| page)?|share (?:on|via|to) \w+|tweet|email|e-mail|print|copy link|link copied|save|saved|bookmark|advertisement|advert|ad|sponsored|paid content|related(?: articles| stories| topics| content| coverage)?|read more|read next|more on this story|more from [\w ]+|most read|most popular|most viewed|listen to this article|listen|play|watch|video|live|follow us|comments?|show comments|close|next|previous|home|back to top|top stories|trending(?: now)?|you may also like|recommended(?: for you)?|explore more on these topics|topics|cookie settings|accept cookies|manage cookies|world|news|sections|edition|view all|load more|continue reading|skip advertisement|supported by|audio|photos|gallery|image|images|caption|enlarge this image|toggle caption|hide caption|full screen|expand|collapse|opinion|analysis)\s*:?$/i,
  /^(?:share|follow|like)(?: (?:on|us on))? (?:facebook|twitter|x|whatsapp|linkedin|telegram|reddit|messenger|email)(?:[, ]+(?:facebook|twitter|x|whatsapp|linkedin|telegram|reddit|messenger|email))*$/i,
  /^(?:facebook|twitter|whatsapp|linkedin|telegram|reddit|email|print|x)(?:\s*[|•·,/]?\s*(?:facebook|twitter|whatsapp|linkedin|telegram|reddit|email|print|x))+$/i,
  /^our standards:/i,
  /^(?:published|updated|last updated|first published|posted)$/i,
  /^(?:read more|also read|read also|related|see also|more|watch|listen|recommended|don['’]t miss)\s*[:|»›-]\s*\S/i,
  /^(?:©|\(c\)|copyright\b)/i,
  /\ball rights reserved\.?$/i,
  /^sign up (?:for|to)\b/i,
  /^(?:download|get) (?:the|our) [\w ]+ app\b/i,
  /^follow [\w ]+ on (?:twitter|facebook|instagram|x)\b/i,
  /^follow al jazeera\b/i,
  /^(?:click|tap) here\b/i,
  /^this (?:article|story) (?:was|has been) (?:updated|amended|corrected)\b/i,
  /^(?:we use cookies|by using this site)\b/i,
  /^(?:\w[\w&' -]{0,20}\s*[|•·›»>]\s*){2,}\w[\w&' -]{0,20}$/, // breadcrumbs and menus: "Home | World | Asia"
  // A linked video or audio item: its title and running time ("‘Growing suspicion in Gulf …’ 04:33"),
  // not a clock time a sentence gives ("… begins at 10:30").
  { test: (line) => line.charCodeAt(line.length - 3) === 58 /* : */ && MEDIA_ITEM.test(line) },
];

/** Lines that credit people (bylines, reporting and editing credits, photo credits). */
export const CREDIT_LINES: RegExp[] = [
  /^(?:[Bb]y|BY)\s+[\p{Lu}][\p{L}.'’-]+(?:\s+[\p{Lu}][\p{L}.'’-]+){0,3}(?:\s*(?:,|and|&|\|)\s*[\p{Lu}][\p{L}.'’ -]{0,40}){0,3}$/u,
  /^(?:additional )?reporting by\b/i,
  /^(?:writing|editing|compiled|produced) by\b/i,
  /^[\p{Lu}][\p{L}.'’ -]{0,40} contributed (?:reporting|to this report)\b/u,
  /^image source,/i,
  /^(?:photo|photograph|picture|image)(?: credit)?:\s/i,
  /^source:\s*[\w ,&]+$/i,
  /^(?:getty images|afp|reuters|ap|epa|anadolu agency|afp via getty images)$/i,
];

/** Lines that only carry the page's date stamp. */
export const DATE_LINE = /^(?:(?:published|updated|posted|last updated|first published|date)(?:\s+on)?\s*:?\s*)(.{4,80})$/i;

/** A caption prefix some outlets print before the caption text (`Image caption, …`). */
export const CAPTION_PREFIX = /^(?:image caption|caption|photo caption),?\s*/i;

/** A photo credit at the end of a caption: `(Name/Agency via Reuters)`, `Photograph: Name/Reuters`. */
export const TRAILING_CREDIT: RegExp[] = [
  /\s*\((?=[^()]*(?:\/|\bvia\b|\bphoto\b|\bphotograph\b|\bgetty\b|\bafp\b|\breuters\b|\bap\b|\bepa\b|\bhandout\b|\bcourtesy\b|\bfile\b))[^()]{2,160}\)\s*$/i,
  /\s*(?:photograph|photo|picture|image|credit):\s*[^.]{2,120}$/i,
  /\s*(?:REUTERS|AFP|AP|EPA)\/[\p{Lu}][\p{L}.'’ -]{1,60}$/u,
];
