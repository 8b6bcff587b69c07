/**
 * @module mail-acts
 * What a sentence in a mail does: asks, requests, commits, decides — and the deadline it
 * names. Rule-based on cue phrases; deadlines through chrono-node relative to the message date.
 */
import * as chrono from 'chrono-node';
import { contactBlockStart } from '../../formats/mail/contact-block.ts';
import { readNotesAddress } from '../../formats/mail/notes-address.ts';
import { splitSentences } from '../../lib/text/sentences.ts';

export type MailAct = 'question' | 'request' | 'commitment' | 'decision' | 'statement';

const QUESTION_START =
  /^(who|what|when|where|why|how|which|is|are|was|were|do|does|did|can|could|would|will|should|shall|have|has|any)\b/i;
/** Quick mail drops the question mark: "do you have a number…", "Ann...what do you think they will pay". */
const UNMARKED_QUESTION =
  /^(?:\p{Lu}[\p{L}'-]*\s*(?:\.{2,}|,)\s*)?(?:(?:do|did|can|could|would|will|are|have) you|(?:what|when|where|who|how|which) (?:do|does|did|can|could|would|will|should|is|are)) \S/iu;
/** A request; "send me", "tell me" after a plural subject report what others do ("colleagues tell me that…"). */
const REQUEST =
  /\b(please|pls|kindly|can you|could you|would you|will you|i need you to|let me know|get back to me|(?<!\b(?:they|people|[a-z]{3,}s)\s+)(?:send|give|tell|forward|remind) me)\b|\b(?:I|we)(?: would|['\u2019]d) (?:really |greatly |very much |certainly )?appreciate (?:your|any|a|an|some|it if|if|you)\b|^(?:your|any)\b[^.?!]{0,60}\bwould be (?:greatly |much |very much |most )?appreciated\b|^(?:make|be) sure\b|(?:^|(?<!\b(?:then|next|first|second|third|finally|afterwards?|later))[,;:\u2013-]\s*|\b(?:so|and|but|now|therefore)\s+)you(?: will|['\u2019]ll)? (?:need to|have to|must) (?!not\b)|\byou (?:need to|should|must|have to|will need to) (?:make|be) sure\b|^(?:[^,.?!]{1,60},\s*)?(?:(?:also|and|so|but|now),?\s+)?(?:I|we)(?: will|['\u2019]ll| would|['\u2019]d| also| still| just){0,2} need (?:to (?:know(?! that\b)|see|receive) |your\b)|\b(?:I|we)(?: will|['\u2019]ll)? need\b[^.?!]{0,60}\bfrom you\b|\b(?:changes?|corrections?|edits?|amendments?|following)\b[^.?!]{0,30}\bneeds? to (?:be )?(?:made|done|changed|corrected|fixed|signed|approved)\b/i;
const COMMITMENT =
  /\b(i'll|i will|i'm going to|i am going to|i can have|we'll|we will|i shall|will send|will get back|will follow up|i'll take|on it)\b/i;
/** What the writer will have to do is a necessity they report, not a promise ("It looks like we will have to apply for a variance"). */
const NECESSITY = /\b(?:i'll|i will|we'll|we will)\s+(?:probably\s+|likely\s+|also\s+)?(?:have|need) to\b/gi;
/** "decision" alone may be one still to come ("a FERC decision is expected at 11"); a decision taken is said so. */
const DECISION =
  /\b(decided|(?:made|make|took|take|taken|reached|reach) (?:a|the|our|this|that) (?:\w+ )?decision|(?:our|the) decision (?:is|was) to|decision (?:is|was|has been) (?:made|taken|final)|agreed|approved|we will go with|let's go with|go ahead with|signed off|confirmed|final answer|we are going with|we're going with|will proceed|cancelled|postponed|moved to)\b/i;
/** "We still haven't decided", "nothing is agreed yet": the opposite of a decision. */
const UNDECIDED =
  /(?:\bnot|n't|\byet to|\bnever|\bnothing (?:is|has been))\s+(?:\w+\s+)?(?:decided|agreed|approved|confirmed|signed off)\b|\b(?:no|any) decision\b|\bto be (?:\w+ )?(?:decided|agreed|approved|confirmed|signed off)\b|\b(?:pending|subject to|awaiting) (?:\w+ )?(?:approval|confirmation|decision|sign-?off)\b/i;
/** "You agreed to send…", "as she agreed": what someone else took on, a reminder rather than a decision of the thread. */
const SOMEONE_AGREED = /\b(?:you|he|she|they)\s+(?:\w+\s+)?agreed\b/i;
/**
 * Small talk that asks for no answer: "How are things", "How have you been", "Please give my
 * thanks to Ann", "say hello to the kids".
 */
const PLEASANTRY =
  /^(?:(?:most important(?:ly)?|also|and|anyway),?\s+)?(?:how (?:are|r) (?:you|u|ya|things)\b|how(?:'s| is) (?:it going|everything|life)\b|how have you been\b|(?:please\s+)?(?:give|send|pass on|extend) my (?:thanks|regards|best|love|congratulations)\b|(?:please\s+)?say (?:hello|hi) to\b)/i;
/** A greeting that opens the first sentence: "Hi Ann, have you…" → "have you…". */
const GREETING_LEAD = /^(?:[Hh]i|[Hh]ello|[Hh]ey|[Dd]ear)\s+\p{Lu}[\p{L}'-]*\s*[,!:\u2013-]\s*(?=\S)/u;
/**
 * A "?" that stands for a character the export lost ("Nov 22 ?", "Kiddie Table ?", "February ??"):
 * after a space or doubled, closing a short phrase that has no question word and no "you".
 */
const LOST_CHARACTER =
  /^(?!.*\b(?:who|what|when|where|why|how|which|is|are|was|were|do|does|did|can|could|would|will|should|shall|have|has|any|you|u)\b)((?:\S+\s+){0,6}\S+?)(?:\s+\?|\s*\?{2,})$/i;
/** A leading list marker: "- ", "* ", "1) ", "2. ". */
const LIST_MARKER = /^\s*(?:[-*\u2022]\s+|\(?\d{1,2}[.)]\s+)/u;
/** A name before a condition ("Ann if you want…", "Ann, in case…"): the condition is what the sentence does. */
const NAME_BEFORE_CONDITION =
  /^(?!please\b)\p{Lu}[\p{L}'-]+\s*(?:[,:;]|\s[-\u2013])?\s+(?=(?:if|in case|should you)\b)/iu;
/** An ask reported, made of someone else: "I have asked Ola to give me the figures". */
const REPORTED_ASK =
  /\b(?:asked|told|requested|instructed|got)\s+(?:\S+\s+){1,3}?to\s+(?:send|give|tell|forward)\s+me\b/gi;
/** Words inside quotation marks are someone else's ("the 'you give me a hot dog' plan"): they ask the reader nothing. */
const withoutQuotations = (text: string) => text.replace(/"[^"]{3,}"|\u201c[^\u201d]{3,}\u201d/g, '""');
const NOT_A_REQUEST =
  /^(?:(?:enclosed|attached),? please find|please (?:find|see) (?:[^.?!]{0,60}\s)?(?:attached|enclosed|below)\b|please (?:see|refer to|read) (?:the |my |our )?(?:previous|earlier|last|prior|above|following|below)\b|please feel free to (?!(?:send|give|tell|forward|call|contact|let)\b)|please (?:note|know|understand|be (?:advised|aware|assured))\b|please (?:keep|retain|save) (?:this|these|it)\b|please join (?:me|us) in (?:congratulating|welcoming|thanking|wishing|celebrating)\b|please (?:treat|handle) (?:this |these |it |them )?(?:with|as|in) (?:discretion|confiden\w*|care|strict confidence)\b|please (?:contact|call|e-?mail|visit) (?:us|one of our|our (?:office|website|web site|site|representatives?|sales|customer))\b|please (?:do not|don't|dont|never) (?!hesitate\b)\w+|pursuant to your request)\b/i;
/**
 * A name, conjunction or "as asked" aside before "please" ("Ann - please…", "Ann, please…",
 * "But please…", "As requested, please…", "Ann, as promised, please…").
 */
const LEAD_IN =
  /^(?:(?:but|and|so|also|again)\s+|\p{Lu}[\p{L}'-]+\s*(?:[,:;]|\s[-–])\s*)?(?:as (?:(?:you )?(?:requested|asked|promised|discussed|agreed|mentioned)|per your request)\s*,?\s*)?(?=please\b)/iu;
const DEADLINE_CUE = /\b(by|before|due|deadline|until|no later than|end of|eod|eow|cob)\b/i;

const BOILERPLATE =
  /\b(designated recipient|intended recipient|privileged|confidential|(?:use|distribution|disclosure|copying)[^.]{0,60}\bstrictly prohibited|received (it|this)( message| e-?mail)? in error|unsubscribe|stop receiving|automated (notification|message)|do not reply|this e-?mail (is|was) sent|notice regarding entry of orders|do not transmit orders|get your free download|click here)\b/i;

/** Legal disclaimers and list footers: never asks, decisions or commitments. */
export function isBoilerplate(sentence: string): boolean {
  return BOILERPLATE.test(sentence);
}

export function classifySentence(sentence: string): MailAct {
  // A statement whose end was mangled into "?" by a lost character ("…in December.?") asks nothing.
  const text = sentence
    .trim()
    .replace(/([.!])\s*\?+$/, '$1')
    .replace(LIST_MARKER, '')
    .replace(LOST_CHARACTER, '$1');
  if (isBoilerplate(text)) return 'statement';
  // Small talk asks nothing; what follows it in the same sentence may ("How are things, did you…").
  const pleasantry = PLEASANTRY.exec(text);
  if (pleasantry) {
    const rest = text.slice(pleasantry[0].length).replace(/^[\s?!.,;:\u2013-]+/u, '');
    return /^(?:to|with)\b/i.test(rest) || rest.length < 3 ? 'statement' : classifySentence(rest);
  }
  // Conditional instructions ("If you forgot your password, please visit…", "Ann if you want to,
  // give me a call") are not requests.
  if (/^(if|in case|should you)\b/i.test(text.replace(NAME_BEFORE_CONDITION, '')) && !text.endsWith('?'))
    return 'statement';
  // "Enclosed please find…", "Please see the attached", "Please note…", "Please be aware…" point at
  // something, and "Please don't forward this" forbids; they ask nothing, also after a name or a conjunction ("Ann - please note…", "But please know…").
  // Short forms and a comma after "please" ("Pls see…", "Please, find…") point the same way.
  const pointer = text
    .replace(/\b(?:pls|plz)\b/gi, 'please')
    .replace(/\bplease\s*,\s*/i, 'please ')
    .replace(LEAD_IN, '');
  if (NOT_A_REQUEST.test(pointer) && !text.endsWith('?')) return 'statement';
  if (/^(?:please|kindly|let me know|could you|can you|would you)\b/i.test(text)) return 'request';
  if (DECISION.test(text) && !UNDECIDED.test(text) && !SOMEONE_AGREED.test(text) && !text.endsWith('?'))
    return 'decision';
  if (
    text.endsWith('?') ||
    (QUESTION_START.test(text) && text.length < 160 && /\?/.test(text)) ||
    (UNMARKED_QUESTION.test(text) && text.length < 160)
  ) {
    return REQUEST.test(withoutQuotations(text)) ? 'request' : 'question';
  }
  if (REQUEST.test(withoutQuotations(text).replace(REPORTED_ASK, ''))) return 'request';
  if (COMMITMENT.test(text.replace(NECESSITY, ''))) return 'commitment';
  return 'statement';
}

export type Deadline = { readonly text: string; readonly date: string };

/** Deadlines named in a text ("by Friday", "due March 3"), resolved against the message date. */
export function findDeadlines(text: string, reference: Date): Deadline[] {
  const deadlines: Deadline[] = [];
  for (const span of splitSentences(text)) {
    if (!DEADLINE_CUE.test(span.text)) continue;
    for (const result of chrono.parse(span.text, reference, { forwardDate: true })) {
      const before = span.text.slice(Math.max(0, result.index - 20), result.index);
      if (!DEADLINE_CUE.test(before) && !DEADLINE_CUE.test(result.text)) continue;
      const date = result.start.date();
      if (date.getTime() < reference.getTime() - 86_400_000) continue;
      deadlines.push({ text: result.text, date: date.toISOString() });
    }
  }
  return deadlines;
}

/**
 * Closing courtesies that ask nothing ("Let me know if you have any questions", "Please call if you need
 * anything", "… if you would like to see any additional information", "Do you have any other questions I
 * could assist you with?", "Let me know what other questions you have").
 */
const COURTESY =
  /\b(?:let (?:me|us) know|contact (?:me|us)|call (?:me|us)|feel free|do not hesitate|don't hesitate|please (?:call|contact|e-?mail|let))\b.{0,40}\bif you (?:have|need|require|would like|want|are interested|run into|experience|find)\b.{0,30}\b(?:questions?|comments?|concerns?|problems?|issues?|trouble|anything|help|assistance|information|interest(?:ed)?|more|additional|further|else)\b|\b(?:anything|any (?:other |further |more )?[\w-]+(?: or [\w-]+)?) (?:else )?(?:I|we) (?:can|could|may) (?:help|assist) (?:you )?with\s*[?.!]?$|\bif (?:you have|there are) any (?:(?:further|other|more) )?(?:questions?|comments?|concerns?)\b|\b(?:with|for) any (?:inquir(?:y|ies)|enquir(?:y|ies)|questions?|concerns?)\b|^any (?:inquir(?:y|ies)|enquir(?:y|ies)|questions?)\b|\blet (?:me|us) know (?:what|which|of|about) (?:any |other |further |more |additional )*(?:questions?|concerns?|comments?) you (?:may |might )?(?:have|still have)\b|\blet (?:me|us) know if (?:the|this|that|it|these|they) (?:link |file |attachment )?(?:doesn't|does not|didn't|isn't|is not|aren't|are not|don't|do not) (?:work|open|(?:quite )?what you (?:want|need|wanted|needed|were looking for|asked for))\b|\blet (?:me|us) know if (?:anything|something) (?:looks?|is|seems?) (?:to be )?(?:wrong|incorrect|off|missing|amiss|out of place)\b|\bif you (?:have|are) (?:an )?interest(?:ed)?\b|\bif you (?:need|want|would like) to (?:talk|speak|discuss|chat)\b.{0,40}\b(?:call|contact|e-?mail|ring)\b/i;

/** The same courtesy with the condition first ("If you need changes, please contact me") or the reason last ("Call Ola at x3332 with questions"), or open-ended ("Please contact me anytime I can help"). */
const COURTESY_REVERSED =
  /\b(?:contact|call|e-?mail|reach|ring)\s+(?:me|us)\s+(?:anytime|any time|whenever)\b(?!\s+(?:today|tonight|tomorrow|this|next|on|before|after|between|until|by|mon|tues|wednes|thurs|fri|satur|sun)\b)|\blet (?:me|us) know if (?:something|anything|that|this|it|plans?|your plans?) (?:comes? up|changes?)\b|^if you (?:need|have|would like|want|require)\b.{0,80}\b(?:please )?(?:contact|call|e-?mail|let (?:me|us) know|ask|reach)\b(?:\s+(?:me|us))?[\s.!]*$|\b(?:call|contact|e-?mail|ring|reach)\b.{0,40}\bwith (?:any )?(?:questions?|comments?|concerns?)[\s.!]*$/i;

/** A request with the courtesy joined on ("Please review the lease and contact me with any questions"): the request stands. */
const REQUEST_THEN_COURTESY =
  /^(?:please|kindly)\s+(?!(?:call|contact|e-?mail|ring|reach|let|feel|do|don't)\b)\w+\b[^.?!]*?\band\s+(?:call|contact|e-?mail|let|ring|reach)\b/i;

export function isCourtesy(sentence: string): boolean {
  if (REQUEST_THEN_COURTESY.test(sentence.trim())) return false;
  return COURTESY.test(sentence) || COURTESY_REVERSED.test(sentence);
}

/** Offers and conditional asks: news worth keeping, but no answer is owed ("Let me know if you want us to do it another way", "…if you hear anything from them", "Let me know how I can help"). */
const OFFER =
  /\blet (?:me|us) know (?:how|if|whether|what|where) (?:else )?(?:I|we) (?:can|could|may) (?:help|assist|be of (?:help|assistance)|do to help)\b|\blet (?:me|us) know if you (?:want|would like|'d like)(?: for)? (?:me|us) to\b|\blet (?:me|us) know if you (?:want|would like|'d like) (?:a|an|another|the|this|these|that|it|them)\b(?: [\w-]+){0,3}? (?:[\w-]+ed|sent|done|set up|drawn up|written|run)[.!]?$|\b(?:let (?:me|us) know|tell (?:me|us)) if you hear (?:anything|from|of|about)\b/i;
/** The offer names two ways to go ("…if you want us to take it now or wait until May"): the reader has to choose. */
const CHOICE =
  /\bif you (?:want|would like|'d like)(?: for)? (?:me|us) to\b[^.?!]*?\bor\s+(?:not|rather|instead|wait|hold|delay|defer|postpone|leave|keep|stay|skip|continue|stop|just|to\s|should|would|whether)\b/i;

export function isOffer(sentence: string): boolean {
  return OFFER.test(sentence.trim()) && !CHOICE.test(sentence);
}

/**
 * A proposal: the writer puts something forward ("I would suggest Austin", "My preference is X",
 * "How about X?", "We should hold two meetings", "Let's book the lodge", "X would be good too").
 * In a reply to a call for ideas it is the point of the message. "You should" tells the reader
 * what to do, and is no proposal.
 */
const PROPOSAL =
  /\b(?:I|we)(?: would|['\u2019]d)? (?:strongly )?(?:suggest|recommend|propose|prefer)\b|\bmy (?:main |first |only )?(?:suggestion|recommendation|proposal|preference|vote|pick|idea)\b|(?:^(?:\p{Lu}[\p{L}'-]*,?\s+)?|[,;:]\s*)(?:how|what) about\b|\bwe (?:should|could|might want to|ought to)\s+(?!not\b|have been\b)\w|(?:^|[,:;\u2013-]\s*)(?:let['\u2019]?s|let us)\s+\w|\bwould be (?:a )?(?:good|great|nice|best|ideal|useful|helpful|worthwhile)\b/iu;

export function isProposal(sentence: string): boolean {
  return PROPOSAL.test(sentence.trim().replace(LIST_MARKER, ''));
}

/**
 * The people a sentence opens by addressing ("Doug and Rogers - please work…" → doug, rogers;
 * "Ann, please send…" → ann), lower case; empty when it addresses nobody by name.
 */
export function addressedNames(sentence: string): string[] {
  const match =
    /^((?:\p{Lu}[\p{L}'-]+)(?:\s*(?:,|&|\/|\band\b)\s*\p{Lu}[\p{L}'-]+){0,5})\s*(?:,|:|\s-{1,2}|\s?\u2013)\s+\S/u.exec(
      sentence.trim(),
    );
  if (!match?.[1]) return [];
  const names = match[1].split(/\s*(?:,|&|\/|\band\b)\s*/).filter(Boolean);
  return names.map((name) => name.toLowerCase());
}

/** A request every recipient answers for themselves, even on a long list: an RSVP. */
const EACH_RECIPIENT =
  /\b(?:r\.?s\.?v\.?p|(?:indicate|confirm|tell (?:me|us)|let (?:me|us) know) (?:if|whether) you (?:plan to|will|can|are able to|would like to) (?:attend|come|join|participate)|return this e-?mail (?:to (?:me|us) )?with your (?:response|reply|answer)|(?:please |kindly )?(?:distribute|circulate|pass (?:this |it )?(?:on|along))(?: (?:this|it|these|them))?(?: (?:to|among|within) (?:your|the) (?:team|group|people|staff|desks?|traders|employees|direct reports)\b|\s*[.!]?$))/i;

export function asksEachRecipient(sentence: string): boolean {
  return EACH_RECIPIENT.test(sentence);
}

/**
 * An instruction carried out on a web site or in a system, not by writing back: "please click the
 * following to go to the web site", "please visit www.example.com to register", "access the portal at
 * http://… and select Complete from the menu".
 */
const SITE_ACTION =
  /\b(?:click(?:ing)?|visit(?:ing)?|go to|log ?(?:in|on)(?:to)?|sign (?:in|on|up)|register|access|download|select)\b[^.?!]{0,80}?(?:https?:\/\/|\bwww\.|\bweb ?(?:site|page)\b|\bsite\b|\blink\b|\bportal\b|\bmenu\b|\bbutton\b|\bbrowser\b)|(?:https?:\/\/|\bwww\.)\S+[^.?!]{0,40}\bto (?:register|log ?in|sign (?:in|up))\b/i;

export function isSiteAction(sentence: string): boolean {
  return SITE_ACTION.test(sentence) && !/\b(?:send|tell|give|let) (?:me|us)\b|\?\s*$/i.test(sentence);
}

/**
 * A request said as what the reader will have to do, beside a fact ("It's locked, so you will need
 * to call me", "You must bring the form to the desk"): it tells how things stand, and is done
 * rather than answered. A question or a direct request in the same mail is what a reply answers.
 */
const STATED_NECESSITY =
  /\byou(?:\s+will|['\u2019]ll)?\s+(?:also\s+)?(?:need to|have to|must)\b(?!\s+not\b)/i;
const DIRECT_ASK = /^(?:please|kindly|could you|can you|would you|will you|let me know)\b/i;

export function isStatedNecessity(sentence: string): boolean {
  const text = sentence.trim();
  // "Do you need to …" asks; only a request said so is a stated step.
  return STATED_NECESSITY.test(text) && !DIRECT_ASK.test(text) && classifySentence(text) === 'request';
}

/** Sentences of a message that ask the reader something or give them something to do. */
export function asksOf(text: string): string[] {
  return contentSentences(text).filter((sentence) => {
    if (isCourtesy(sentence) || isOffer(sentence) || isBoilerplate(sentence) || isSiteAction(sentence))
      return false;
    const act = classifySentence(sentence);
    return act === 'question' || act === 'request';
  });
}

/** "…and Lessons.If you have…": a sentence end typed without its space, split as a person reads it (not "Example.com"). */
function spaceRunOnSentences(text: string): string {
  return text.replace(/([a-z]{2}[.!?])(?=[A-Z][a-z]+\b(?![.@]))/g, '$1 ');
}

/**
 * "Nov 22 ? Closed", "Caf? only", "in December.? At the time": a "?" between words, or after a
 * sentence's own stop, where the export lost a dash, an accented letter or a second space.
 */
const LOST_MID_LINE = /(?<=\S) \?(?= \S)|(?<=\p{L})\?(?= \p{Ll})|(?<=[.,;:])\?(?=\s|$)/gmu;

/**
 * A text whose lost characters became "?" several times gets them back, so they end no sentence
 * and ask nothing: a dash between words, nothing after a stop, "\ufffd" inside a word.
 */
function repairLostCharacters(text: string): string {
  if ((text.match(LOST_MID_LINE)?.length ?? 0) < 3) return text;
  return text.replace(LOST_MID_LINE, (mark, offset: number) => {
    if (mark.startsWith(' ')) return ' \u2013';
    return /[.,;:]/.test(text.charAt(offset - 1)) ? '' : '\ufffd';
  });
}

/** Strips greetings, sign-offs and empty lines so only the content sentences remain. */
/** A line that only names who the message is for ("John,", "Ann, Raj & Lee,", "Tom/Anna -", "Hi Ann,"). */
const SALUTATION_LINE =
  /^\s*(?:(?:hi|hello|hey|dear)\s+)?\p{Lu}[\p{L}'.-]*(?:\s*(?:,|&|\/|\band\b)\s*\p{Lu}[\p{L}'.-]*){0,7}\s*(?:[,:;!]|-{1,2}|\u2013)\s*$/u;

/** A salutation on its own line opening a paragraph ends there: "John,\nThe policy was…" is not one sentence "John, The policy…". */
function separateSalutations(text: string): string {
  const lines = text.split('\n');
  return lines.map((line, i) => (SALUTATION_LINE.test(line) && !lines[i - 1]?.trim() ? '' : line)).join('\n');
}

/**
 * The text without a closing contact block that the message's own signature split left in it:
 * "Adrianne\nx57302", a name over a firm, its street and "P. 203-…" lines. Such lines state no fact of the mail.
 */
function withoutContactLines(text: string): string {
  const lines = text.split('\n');
  const start = contactBlockStart(lines, { lenient: true });
  return start > 0 ? lines.slice(0, start).join('\n') : text;
}

export function contentSentences(text: string): string[] {
  return (
    splitSentences(spaceRunOnSentences(repairLostCharacters(separateSalutations(withoutContactLines(text)))))
      .map((span) => {
        const text = span.text.replace(LIST_MARKER, '');
        const rest = text.replace(GREETING_LEAD, '');
        // "Hi Ann, give me your number" → "Give me your number".
        return rest === text ? text : rest.charAt(0).toUpperCase() + rest.slice(1);
      })
      .filter((sentence) => sentence.length > 2)
      .filter(
        (sentence) =>
          !/^(hi|hello|hey|dear|thanks|thank you|best|regards|cheers|sincerely|kind regards|best regards)\b[\s\w,.!:-]{0,30}$/i.test(
            sentence,
          ),
      )
      .filter((sentence) => !/^[-=_*]{3,}/.test(sentence))
      // An attachment's placeholder ("<<Budget 2026.xls>>") is no sentence.
      .filter((sentence) => !/^(?:<<[^<>]+>>\s*)+$/.test(sentence.trim()))
      // A bare salutation or signed name ("Anna;", "Tom/Anna,", "Anna & Raj", "Anna :-)").
      .filter(
        (sentence) =>
          !/^[\p{Lu}][\p{L}'.-]*(?:\s*(?:[&/]|and)\s*[\p{Lu}][\p{L}'.-]*)?\s*[,;:!.]?(?:\s*[:;]-?[)(DP])?$/u.test(
            sentence.trim(),
          ),
      )
      .filter((sentence) => !isBoilerplate(sentence) && !isHeaderRemnant(sentence))
  );
}

/**
 * What a forwarded header leaves when its lines run together into a sentence or stand alone: a
 * writer with the date and time ("Acme Energy From: Ann Lee 05/16/2001 11:20 AM Phone No: …"), the
 * fields of a Notes stamp ("Bo Day Sent by: Kim Moe 06/01/2001 05:10 PM To: Ann Lee/HOU/ACME@ACME
 * cc: Subject: Bid"), its date and time alone ("05/21/2001 05:35 PM"), or its writer or recipients
 * as Notes addresses alone ("Ann Lee@ACME", "Sent by: Kim Moe@ACME", "Lee/HOU/ACME@ACME, Bo Day/HOU/ACME@ACME, Kim").
 */
const HEADER_REMNANTS: readonly ((sentence: string) => boolean)[] = [
  (sentence) =>
    /\b(?:From|Sent by):\s*\S[^.!?]{0,80}?\s\d{1,2}\/\d{1,2}\/\d{2,4}\s+\d{1,2}:\d{2}/i.test(sentence),
  (sentence) => /\bTo:\s.{0,300}\bcc:.{0,300}\bSubject:/i.test(sentence),
  (sentence) => /^\s*\d{1,2}\/\d{1,2}\/\d{2,4}\s+\d{1,2}:\d{2}(?::\d{2})?(?:\s*[AP]M)?\s*$/i.test(sentence),
  (sentence) => {
    const pieces = sentence
      .replace(/^\s*Sent by:\s*/i, '')
      .split(/\s*[,;]\s*/)
      .filter(Boolean);
    // A list wrapped at the line's end leaves the next name cut short ("…, Bo Day/HOU/ACME@ACME, Kim").
    const cut = pieces.length > 2 && /^[\p{L}'.-]+(?: [\p{L}'.-]+){0,2}$/u.test(pieces.at(-1) ?? '') ? 1 : 0;
    const addresses = pieces.slice(0, pieces.length - cut);
    // Plain addresses count in a list of them ("<ann@acme.com>, <bo@acme.com>"); one alone may be what the message gives.
    const plain = (piece: string) =>
      addresses.length > 1 && /^<?[\w.'+-]+@[\w-]+(?:\.[\w-]+)+>?$/.test(piece);
    return (
      addresses.length > 0 &&
      addresses.every((piece) => readNotesAddress(piece) !== undefined || plain(piece))
    );
  },
];

/** True for a sentence that is a forwarded header run together, never something said. */
export function isHeaderRemnant(sentence: string): boolean {
  return HEADER_REMNANTS.some((rule) => rule(sentence));
}
