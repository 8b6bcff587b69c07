/**
 * @module answer-type
 * The kind of thing that answers a question, read from its wording ("how much" wants an
 * amount, "when" a date or time, "which room" a place, "who" a person, "what's X's number" a
 * phone number, "why" a reason, "what code" an identifier), and detectors that tell whether
 * a sentence carries such a thing. Rules are tables of small functions, English and CJK.
 */

import {
  MONTH_NAME_PATTERN,
  MONTH_NAMES,
  OTHER_MONTH_NAME_PATTERN,
  POLISH_MONTH_PATTERN,
  RUSSIAN_MONTH_PATTERN,
} from '../lib/text/calendar-names.ts';
import { irregularBase } from '../lib/text/irregular-verbs.ts';
import { CITY_AND_REGION } from '../lib/text/region-names.ts';
import { writesMenuPath } from './menu-path.ts';
import { NOT_DECIDED_YET } from './not-decided-yet.ts';

export type AnswerType =
  | 'phone'
  | 'email'
  | 'rate'
  | 'amount'
  | 'date'
  | 'year'
  | 'place'
  | 'person'
  | 'reason'
  | 'code'
  | 'version'
  | 'decision'
  | 'tally';

type Rule = readonly [AnswerType, RegExp];

/** A group or department named as the doer after "by", in lower case ("by product marketing"). */
const BODY_AS_AGENT =
  /\bby\s+(?:the\s+)?(?:[a-z]+\s+){0,2}?(?:marketing|legal|finance|sales|engineering|operations|management|board|committee|team|department|dept|division|council|accounting|purchasing|procurement|hr)\b/;

/** An identifier a question names by its own name ("the ISSN of the journal", "the VAT number"). */
const NAMED_IDENTIFIER =
  /\b(?:ISSN|ISBN|IBAN|SWIFT|BIC|EIN|SSN|VAT|DUNS|URL|IP|MAC|SKU|UPC|EAN|PIN|DOI|VIN|ABN|TIN|NIF)(?:\s+(?:number|no\.?|code|address))?\b/;

/**
 * The identifiers a question names by their own name ("ISSN", "VAT"), lower-cased: a passage
 * that answers with one names it.
 */
export function namedIdentifiers(question: string): string[] {
  return [...question.matchAll(new RegExp(NAMED_IDENTIFIER.source, 'g'))].map((match) =>
    (match[0].split(/\s+/)[0] ?? '').toLowerCase(),
  );
}

/** Words for "year" after a question word, in the languages of a workspace (see QUESTION_RULES). */
const YEAR_ASKED =
  /\b(?:what|which)\s+year(?![\p{L}'’-])|\bwhat(?:'s|’s| is| was) the year(?![\p{L}'’-])|\b(?:qu[eé]|cu[aá]l)\s+año(?!\p{L})|\bwelche[mns]?\s+Jahr(?!\p{L})|\bquelle\s+année(?!\p{L})|\b(?:em\s+)?que\s+ano(?!\p{L})|\b(?:che|quale|qual)\s+anno(?!\p{L})|\bwelk\s+jaar(?!\p{L})/iu;

/**
 * A time of day asked in another language, as the question's own words: "À quelle heure …?",
 * "¿A qué hora …?", "Um wie viel Uhr …?", "Во сколько …?", "В котором часу …?", "O której …?",
 * "A che ora …?", "A que horas …?", "Hoe laat …?"; and the hour a span ends or starts at:
 * "До скольки работает …?", "Jusqu'à quelle heure …?", "¿Hasta qué hora …?", "Bis wie viel
 * Uhr …?" ("до скольки лет" counts years, no hour).
 */
const OTHER_CLOCK_ASKED =
  /(?:^|[¿,;:]\s*)¿?(?:(?:jusqu['’]\s*)?à\s+quelle\s+heure|(?:hasta\s+|desde\s+)?a?\s*qu[eé]\s+hora|(?:bis\s+|ab\s+)?(?:um\s+)?wie\s?viel\s+uhr|во\s+сколько|(?:до|со?)\s+скольки(?!\s+(?:лет|дней|месяц|недел|минут|раз|человек|процент|рубл)\p{L}*)|в\s+котором\s+часу|o\s+której(?:\s+godzinie)?|a\s+che\s+ora|(?:a\s+)?que\s+horas|hoe\s+laat)(?![\p{L}])/iu;

/** Titles a person holds: "which president", "¿qué ministro …?", "welcher Präsident", "quel maire". */
const TITLES =
  '(?:vice[- ]?)?president(?:e|in|a)?|présidente?|präsident(?:in)?|prime minister|premier ministre|minist(?:er|re|ro|ra|erin)|chair(?:man|woman|person)?|governor|gobernador(?:a)?|governador(?:a)?|mayor|alcalde(?:sa)?|maire|sindac[oa]|prefeit[oa]|bürgermeister(?:in)?|burgemeester|senator|chancellor|kanzler(?:in)?|ceo|cfo|cto|coo|judge|ambassador|commissioner|secretary|director|directora|diretora?|direttor[ei]|direttrice|directeur|directrice|direktor(?:in)?|manager|founder|author|autor(?:a|in)?|auteur|autore|voorzitter|vorsitzende[rn]?|geschäftsführer(?:in)?|king|queen';

/** Words between a question word and a title that make the title no longer the thing asked ("what did the author say"). */
const NOT_MODIFIER_WORDS =
  'did|does|do|is|was|are|were|has|have|had|will|would|can|could|should|shall|may|might|must|the|a|an|this|that|these|those|his|her|their|our|my|your|its|of|to|for|in|on|at|by|and|or|hat|ist|war|wird|est|a|es|fue|era|é|foi|è|heeft|le|la|les|el|los|las|der|die|das|den|dem|de|het|il|lo|o|os|as';

/**
 * Words that make a title the name of a program, not of someone's post: "which window manager",
 * "what package manager", "which display manager", "what password manager".
 */
const PROGRAM_BEFORE_TITLE =
  'window|package|file|display|session|password|task|download|boot|network|device|login|desktop|process|plugin|extension|clipboard|dependency|partition|volume|disk|font|bookmark|tab|certificate|secret|wallpaper|theme|version|container|cache|repository|torrent|input|print';

/**
 * A question whose own word asks a person by a title: "Which Peruvian president signed …?",
 * "¿Qué ministro firmó …?", "Welcher Minister …?", "Quel maire …?", "Qual presidente …?",
 * "Quale direttore …?", "Welke voorzitter …?". Only as the question's own wh-word.
 */
const TITLE_ASKED = new RegExp(
  `(?:^|[¿,;:]\\s*)\\s*¿?(?:which|what|qu[eé]|cu[aá]l|welche[rsmn]?|quel(?:le)?s?|qual|quais|quale|quali|che|welke?)\\s+(?:(?!(?:${NOT_MODIFIER_WORDS})\\s)[\\p{L}-]+\\s+){0,2}?(?<!(?:${PROGRAM_BEFORE_TITLE})\\s+)(?:${TITLES})s?(?![\\p{L}'’-])`,
  'iu',
);

/**
 * Words that ask an e-mail address, not a mail: "email address" and its compounds in other
 * languages ("E-Mail-Adresse", "adres e-mail"), an address word before a mail word ("dirección de
 * correo", "adresse électronique", "indirizzo di posta", "alamat surel", "адрес электронной
 * почты"), a person's e-mail at a question's end ("What's Ann's school email?", "… Ann's work
 * email?") and the CJK words for it. "Kto wysłał e-mail …?" asks who sent a mail: no address.
 */
const MAIL_ADDRESS_ASKED = new RegExp(
  [
    String.raw`\be-?mail[\s-]?(?:address(?:es)?|adres(?:u|y|em)?|adress(?:e|en)?|adresa?)\b`,
    String.raw`\b(?:adres(?:u|y|em)?|adresse|adresa|address|direcci[oó]n|endere[cç]o|indirizzo|alamat)\s+(?:(?:de|do|di)\s+)?(?:e-?mail|correo|courriel|posta|poczty\s+e-?mail|surel)\b`,
    String.raw`\badresse\s+électronique|\bcorreo\s+electr[oó]nico\b|адрес\p{L}*\s+(?:электронной\s+почты|e-?mail)`,
    String.raw`^\s*(?:what|which)(?:'s| is| was| are)?\s[^?]*'s?\s+(?:[\w-]+\s+)?e-?mail\s*\??\s*$`,
    String.raw`'s\s+(?:(?:work|home|school|personal|office|business)\s+)?e-?mail\s*\??\s*$`,
    String.raw`メールアドレス|이메일\s?주소|邮箱地址|电子邮件地址|電子郵件地址`,
  ].join('|'),
  'iu',
);

/**
 * Japanese counter words that ask a count after 何 ("何校" how many schools, "何点" how many
 * points, "何名以内" within how many people). Not 何日, 何時, 何年 or 何月, which also ask a day,
 * an hour, a year or a month.
 */
const COUNTERS =
  '校|回|名|点|件|枚|個|本|台|歳|冊|部|社|倍|割|箇所|か所|ヶ所|カ所|週間|日間|日以内|か月|ヶ月|カ月|分間?|時間|ページ';
const COUNTER_ASKED = new RegExp(`何(?:${COUNTERS})`);

/**
 * "What are the swaps worth …?": the worth of a thing named between the verb and "worth"
 * ("What is worth noting …?" names none, and asks no sum).
 */
const WORTH_ASKED =
  /^\s*what\s+(?:is|was|are|were|will\s+be)\s+(?!worth\b)[^?]*?\S\s+worth\b(?!\s+(?:noting|mentioning|reading|doing|considering|it|a\s+look|the\s+(?:time|effort|trouble|risk)))/i;

/**
 * The count a Japanese question asks by its counter, with the Han words that follow it ("点満点"
 * of "何点満点で採点しますか"): a figure written with them ("５０点満点") is the count asked, not any
 * figure of the passage.
 */
export function countedByCounter(question: string): RegExp | undefined {
  const unit = new RegExp(`何((?:${COUNTERS})\\p{Script=Han}*)`, 'u').exec(question.normalize('NFKC'))?.[1];
  return unit ? new RegExp(`\\d[\\d,.]*\\s*${unit}`, 'u') : undefined;
}

/**
 * The name of a relative or of someone in a post asked in German, French or Spanish: "Wie hieß
 * die Tante von …?", "Comment s'appelle le frère de …?", "¿Cómo se llamaba la abuela de …?". Only
 * before a word for a person: "Wie heißt die Datei?" asks the name of a thing.
 */
const KIN_NAME_ASKED =
  /(?:^|[\s¿])(?:wie\s+(?:hie(?:ß|ss)(?:en)?|hei(?:ß|ss)(?:t|en))\s+(?:(?:der|die|den|sein|seine|ihr|ihre|mein|meine|dein|deine)\s+)?(?:vater|mutter|frau|ehefrau|gattin|mann|ehemann|gatte|sohn|tochter|bruder|schwester|gro(?:ß|ss)vater|gro(?:ß|ss)mutter|onkel|tante|chef|chefin|leiter|leiterin|präsident|präsidentin|autor|autorin|arzt|ärztin|direktor|direktorin|vorsitzende[rn]?)|comment\s+s['’]appel(?:le|lent|ait|aient)\s+(?:(?:le|la|les|l['’]|son|sa|ses)\s*)?(?:père|mère|femme|épouse|mari|époux|fils|fille|frère|sœur|soeur|grand-père|grand-mère|oncle|tante|directeur|directrice|président|présidente|auteur|autrice)|c[oó]mo\s+se\s+llama(?:ba|n|ban)?\s+(?:(?:el|la|los|las|su|sus)\s+)?(?:padre|madre|esposa|esposo|marido|mujer|hijo|hija|hermano|hermana|abuelo|abuela|t[ií]o|t[ií]a|director|directora|presidente|presidenta|autor|autora))(?![\p{L}])/iu;

/** A value named by a word that makes it a sum of money: "the notional value", "what extrinsic value". */
const MONEY_VALUE_ASKED =
  /\bwhat(?:'s|’s| is| was| were| are| will be)?\s+(?:the |a |an |his |her |their |our |my |its |your )?(?:[\w-]+ ){0,2}?(?:notional|market|book|carry(?:ing)?|present|face|fair|cash|resale|appraised|appraisal|assessed|extrinsic|intrinsic|terminal|option|deal|net|dollar|replacement|insured|par|residual|salvage|contract|portfolio|estimated)\s+values?\b/i;

/** First matching rule wins; more specific wordings come first. */
const QUESTION_RULES: readonly Rule[] = [
  // "What year …?", "In which year …?", "¿En qué año …?", "In welchem Jahr …?", "En quelle
  // année …?", "Em que ano …?", "In che anno …?", "In welk jaar …?": a year, not a day. First,
  // since it is the question's own word: "What year was the rate cut?" asks no rate.
  ['year', YEAR_ASKED],
  // "À quelle heure …?", "Во сколько …?": a time of day, though "сколько" alone asks a count.
  ['date', OTHER_CLOCK_ASKED],
  // "To whom should the form be returned?", "By whom was it signed?": a person, asked after a
  // preposition.
  ['person', /^\s*(?:to|for|by|from|with)\s+whom\b/i],
  // "¿En qué sala es la sesión?", "In welchem Raum …?", "Dans quelle salle …?": a place asked
  // by a room, hall or town word in Spanish, German, French, Portuguese or Italian.
  [
    'place',
    /(?:^|[¿,;:]\s*)¿?(?:(?:en|in|dans|em|na|no)\s+)?(?:qu[eé]|welche[mnrs]?|quel(?:le)?|qual|quale|che)\s+(?:sala|salle|raum|saal|stadt|ciudad|lugar|edificio|ville|lieu|cidade|local|città|luogo)(?![\p{L}])/iu,
  ],
  // An e-mail address asked, in English or another language: "Na jaki adres e-mail …?", "Wie
  // lautet die E-Mail-Adresse …?", "¿Cuál es la dirección de correo …?", "What's Ann's school
  // email?", "どのメールアドレスに…？" (see MAIL_ADDRESS_ASKED).
  ['email', MAIL_ADDRESS_ASKED],
  // "What's Ann's work number?": a kind of line before "number" asks a phone number too.
  [
    'phone',
    /(?<!\b(?:by|via|over\s+the|on\s+the)\s+)\b(?:phone|fax|cell|mobile|wireless|telephone|tel|pager)\b(?!\s+(?:conf(?:erence)?s?|calls?|meetings?|interviews?|screens?|phones|devices)\b)(?:\s+(?:number|no|#))?|\b(?:dial[- ]?in|call[- ]?in|bridge|conference(?: call)?|polycom)\s+(?:number|no|#|line)\b|(?:'s|\b(?:his|her|their|my|your|whose|what|which))\s+(?:(?:phone|office|desk|work)\s+)?ext(?:ension)?\b(?!\s+(?:fees?|costs?|charges?|payments?|prices?|dates?|deadlines?|periods?|terms?|requests?|agreements?|options?|letters?|notices?)\b)|\bextension (?:number|no)\b|(?:'s|’s|\b(?:his|her|their|my|your))\s+(?:home|work|business|direct)\s+(?:number|no\.?|#)(?!\s*(?:of|for)\b)|\b(?:what|which) (?:number|no\.?) (?:should|do|can|could|shall|must) (?:i|we|they|you) (?:call|dial|ring|use)\b|\b(?:what|which) (?:number|no\.?) (?:did|does|do|has|had|should|will|would) [^?]{1,60}?\b(?:to|could|can|should|may) (?:call|dial|ring|reach) (?:him|her|them|me|us)\b|\b(?:what|which) (?:number|no\.?) (?:did|does|do|has|had|should|will|would|is|was|can|could) [^?]{1,60}?\b(?:be (?:called|reached|contacted)|(?:call|ring|reach|contact) (?:him|her|them|me|us|you)) at\b|\b(?:help ?desk|service desk|front desk|hotline|switchboard)\s+(?:number|no\.?|#)|\bnumber (?:of|for) (?:the |our |your |their |his |her |my )?(?:[\w.'’-]+ ){0,3}(?:help ?desk|service desk|front desk|hotline|switchboard)\b|電話|手機|传真|傳真|電話番号|전화/i,
  ],
  [
    'tally',
    /\b(?:what was|what were|how did)\s+(?:the\s+)?(?:final\s+)?(?:outcome of the\s+|results? of the\s+)?vot(?:e|es|ing)\b|\bvot(?:e|ing) (?:result|count|tally|outcome)s?\b|\bhow many (?:people |members )?vot(?:ed|es)\b|\bwhat (?:was|is|were) the (?:final |end |half-?time )?scores?\b|\bhow did (?:the|our|their) (?:game|match)\b/i,
  ],
  [
    'decision',
    /\bwhat (?:was|were|did (?:we|they|you|he|she)|have (?:we|they)|has been)?\s*(?:decided?|agreed?|concluded?|resolved?)\b|\bwhat (?:was|is) the (?:decision|outcome|conclusion)\b|決定|决定|結論|결정/i,
  ],
  ['person', TITLE_ASKED],
  [
    'rate',
    /\bwhat(?:'s| is| was| are| were)?\s+(?:the |a |an |his |her |their |our |my |its )?(?:[\w-]+ ){0,3}(?:rate|percentage|probability|likelihood|yield)\b|\bwhat percent(?:age)?\b|\bhow many percent\b|百分比|比率|比例|税率|稅率|利率|비율|(?:^|\s)(?:ما|كم)\s+(?:هي\s+)?(?:ال)?نسبة/i,
  ],
  // "What notional value …?", "What's the book value of …?": a value a word of money names is a
  // sum, where "What value is assumed …?" asks a setting.
  ['amount', MONEY_VALUE_ASKED],
  // "How much …?", "What is the fee …?", and the same asked in other languages: "Quel est le
  // montant des frais … ?", "¿Cuál es el precio …?", "Welcher Betrag …?".
  [
    'amount',
    /\bhow (?:much|many|long|far|big|large|old)\b|\bwhat(?:'s| is| was| were| are)? (?:the |our |their |its )?(?:combined|total|overall|net|gross|aggregate|average|cumulative)\b|\bwhat(?:'s| is| was| were| are)? (?:the |a |an |his |her |their |our |my |its )?(?:[\w-]+ ){0,3}(?:amount|balance|total|price|cost|rate|dose|dosage|limit|(?<!\b(?:policy|reference|ref|order|account|tracking|confirmation|invoice|ticket|case|booking|po|bug|issue) )number of|percentage|figure|sum|budget|salary|fees?|charges?|payment|correlation|ratio|margin|yield|growth|volume|capacity|(?:maximum|minimum|max|min) size|quantit(?:y|ies)|bonus(?:es)?|wages?|rent|fares?|tuition|premium|deposit|refund|commission|allowance|stipend|fine|penalty)\b|^\s*what (?:share|percentage|portion|proportion|fraction|stake)\s+(?:of|in|does|did|do|is)\b|\bwhat\s+[\w-]+['’]s\s+(?:profits?|loss(?:es)?|revenues?|earnings|income|proceeds)\b|\bwhat (?:the )?(?:pressure|temperature|weight|speed|voltage|wattage|length|height|width|depth|distance|altitude|frequency|mileage)\b|\b(?:raise|increase|decrease|lower|cut)\b.*\bto\b\??$|^\s*what\b.*\b(?:come|comes|came|add(?:s|ed)? up|amount(?:s|ed)?)\s+to\s*\??\s*$|(?:^|[¿,;:]\s*)\s*(?:wie\s?viele?|wie\s+(?:hoch|lange|groß|alt|weit)|cu[aá]nt[oa]s?|combien|quant[oa]s?|quant[ie]|hoeveel|hoe\s+(?:lang|hoog|groot|ver)|jak\s+(?:długo|dług[aąiey]|daleko|wysok[aąiey])|ile|сколько|(?:à|a)\s+(?:quelle|qu[eé]|che)\s+dist(?:ance|ancia|ância|anza))(?=[\s?,]|$)|(?:^|[¿,;:]\s*)¿?(?:quel(?:le)?s?(?:\s+(?:est|sont|était|étaient|sera))?|cu[aá]l(?:es)?\s+(?:es|son|era|fue|será)|qu[eé]|qual(?:\s+(?:é|era|foi|è))?|welche[rns]?(?:\s+(?:ist|war))?)\s+(?:(?:le|la|les|l['’]|el|los|las|o|a|il|lo|der|die|das)\s*)?(?:montant|prix|co[uû]t|tarif|frais|loyer|somme|monto|importe|precio|costo|coste|tarifa|alquiler|suma|valor|preço|custo|aluguel|importo|prezzo|affitto|betrag|preis|kosten|gebühr|miete|summe|tamaño|superficie|taille|tamanho)s?(?![a-zà-ÿ])|(?:^|\s)скольк(?:о|их|им|ими)(?=[\s?,]|$)|(?:^|\s)كم(?=\s)|(?:^|\s)(?:ما|كم)\s+(?:هي\s+|هو\s+)?(?:ال)?(?:غرامة|مبلغ|سعر|تكلفة|قيمة|رسوم|ميزانية|راتب|إيجار)|多少|幾|几|いくら|何人|얼마|몇/i,
  ],
  // "何校", "何点満点", "何名以内": a count asked in Japanese by its counter word.
  ['amount', COUNTER_ASKED],
  // "What are the Pellow swaps worth?", "What was the lease worth to us?": a sum of money.
  ['amount', WORTH_ASKED],
  // "Which version of X …", "What Ubuntu version is …", "In which version was X added?": a
  // version number, not any code. Only as the question's own wh-word, a preposition before it
  // or none: in "Who asked which version …?" a person is asked.
  [
    'version',
    /^\s*(?:(?:in|from|since|until|till|before|after|with|as of)\s+)?(?:which|what)\s+(?:[\w.-]+\s+){0,2}?version\b|^\s*what(?:'s| is| was)\s+(?:the\s+)?version (?:number|no)\b/i,
  ],
  [
    'code',
    /\b(?:policy|reference|ref|order|account|tracking|confirmation|invoice|ticket|case|booking|po|bug|issue)\s*(?:number|no|#|code|id)\b|\b(?:what|which)(?:'s| is| was| are)?\s+(?:the\s+)?(?:[\w-]+\s+)?(?:code|identifier|id)\b|\bwhich (?:package|crate|library|module|command|option|flag|version)\b|\bwhich [\w-]+ commands?\b|\bwhich --?[\w-]+ (?:flag|option|switch)\b|\bwhat (?:[\w-]+ )?(?:value|setting|parameter|option|command)\b|代碼|代码|編號|编号|コード|番号|코드/i,
  ],
  ['code', NAMED_IDENTIFIER],
  [
    'date',
    /(?:^|[,;:\-–—]\s*|\b(?:and|or|but)\s+)when\b|^\s*¿?(?:wann|cuándo|¿cuándo|kiedy|quand|quando|wanneer|kdy|когда|какого числа|в какой день|an welchem tag|à quelle date|¿?en qué fecha)(?=[\s?,]|$)|\bwhat (?:time|date|day)\b|\bwhat(?:'s|’s| is| was| will be) the (?:date|day)\b(?!\s+rate)|\bwhich (?:day|date)\b|\b(?:by|to|until|till|since|as of) when(?=\s*[?,.]|\s*$|\s+(?:is|was|are|were|will|would|do|does|did|has|have|had|can|could|should|must|shall|may|might)\b)|\bhow soon\b|\bdeadline\b|什麼時候|什么时候|何時|いつ|언제|幾點|几点|日期/i,
  ],
  [
    'place',
    /\b(?:what|which)(?:'s| is| was| are)?\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}(?:folder|directory|path|dir)\b|\bwhere\b|\bwhich (?:room|conference room|hotel|venue|location|place|building|office|city|floor|address|restaurant|golf course|course|club|bar|caf[eé])\b|\bwhat (?:room|hotel|venue|location|address|restaurant|golf course)\b|^\s*(?:wo|wohin|dónde|¿dónde|où|gdzie|где)(?=[\s?,]|$)|哪裡|哪里|在哪|どこ|어디/i,
  ],
  ['reason', /\bwhy\b|\bwhat (?:was|is) the reason\b|\bfor what reason\b|為什麼|为什么|なぜ|왜/i],
  ['person', KIN_NAME_ASKED],
  [
    'person',
    /^\s*(?:who|whom)\b|\bname of (?:the|my|our|your|his|her|their|(?:[\w.]+\s+){0,3}?\w+['’]s)\s+(?:[\w'’-]+\s+){0,2}?(?:father|mother|parent|wife|husband|spouse|son|daughter|child|brother|sister|sibling|grandfather|grandmother|grandparent|uncle|aunt|cousin|nephew|niece|doctor|dentist|contact|lawyer|attorney|agent|broker|realtor|manager|assistant|boss|person|guy|woman|man|ceo|cfo|cto|coo|president|director|chair(?:man|woman)?|head|speaker|author|architect|builder|contractor|consultant|recruiter|analyst|trader|banker|owner|landlord|tenant|buyer|seller|teacher|coach|representative|rep|officer|vp|counsel|accountant|secretary|nurse|surgeon|advisor|adviser|planner|candidate|hire)s?\b|^\s*(?:wer|wen|wem|quién|¿quién|quiénes|¿quiénes|qui|chi|quem|kto|kogo|komu|кто|кого|кому)(?=[\s?,]|$)|(?:^|\s)как\s+(?:зовут|звали)(?=[\s?,]|$)|\bwhich (?:person|people|colleague|company|firm|vendor|client|attendees|guests|participants|invitees)\b|誰|谁|だれ|누구/i,
  ],
];

/** A phone word that opens a capitalised name ("the Mobile Clinics call", "Cell Biology"): no phone asked. */
const PHONE_WORD_IN_NAME =
  /\b(?:Mobile|Cell|Phone|Fax|Telephone)(?=\s+(?!(?:Phone|Number|Numbers|No)\b)[A-Z][a-z])/g;
/**
 * A device word before another noun than a phone's ("the mobile team", "a cell tower", "which
 * wireless driver", "the second cell under …"): no phone asked. Before "phone", "number",
 * "#", a joining word or the question's end ("Bo's cell and home numbers", "Ana's mobile?") it
 * still asks one.
 */
const PHONE_WORD_AS_MODIFIER =
  /\b(?:mobile|cell|wireless)(?=\s+(?!(?:phone|numbers?|nos?|and|or|for|of|at|on|is|was)\b)[a-z])/gi;

/**
 * "When are the supplemental tables used?", "When is a permit required?": the circumstances in
 * which something holds, said by a clause ("used when more than three children …"), not a date.
 */
const WHEN_CONDITION =
  /^\s*when\s+(?:is|are|does|do)\s+[^?]*?\b(?:used|required|needed|necessary|applied|applicable|allowed|permitted|eligible|valid|appropriate|mandatory|optional)\b(?![^?]*\b(?:by|until|from|since|on|in)\s+(?:\d|the (?:end|start|beginning)))/i;

/**
 * A clause put before the question proper ("When sizing the pool, what does the guide divide
 * by?", "If the lid is missing, which part …?"): it sets the case, and the question after the
 * comma says what kind of thing answers.
 */
const LEADING_CLAUSE =
  /^\s*(?:when|whenever|once|if|after|before|while)\s+[^,?]+,\s*(?=(?:what|what's|which|who|whom|whose|where|when|why|how)\b)/i;

/** The question without a clause put before it (see LEADING_CLAUSE). */
export function mainClause(question: string): string {
  return question.replace(LEADING_CLAUSE, '');
}

/** The question asks the circumstances in which something holds (see WHEN_CONDITION). */
export function asksCondition(question: string): boolean {
  return WHEN_CONDITION.test(question);
}

/** The text states a circumstance by a clause: "… are used when more than three children …". */
export function statesCondition(text: string): boolean {
  return /\b(?:when|whenever|if|unless|in case)\s+\p{L}/iu.test(text);
}

/**
 * "How will the vendor fix the leak?", "How would Ana solve it?": the way something
 * is done, which a clause of means tells ("… patch it by swapping the seal"). Not "how much / many /
 * long / often …" nor "how are you".
 */
const MEANS_ASKED =
  /^\s*how\s+(?:do|does|did|will|would|can|could|should|might|is|are|was|were)\s+(?!you\s*\??\s*$)[^?]*\b(?:fix|fixe[sd]|fixing|solve[sd]?|solving|resolve[sd]?|resolving|handle[sd]?|handling|address(?:es|ed)?|work around|get around|calculate[sd]?|calculated|compute[sd]?|determine[sd]?|measure[sd]?|make|made|do|done|deal with|dealt with|avoid(?:s|ed)?|prevent(?:s|ed)?|achieve[sd]?|pay|paid|update[sd]?|change[sd]?|reduce[sd]?|improve[sd]?)\b/i;

/** The question asks the way something is done (see MEANS_ASKED). */
export function asksMeans(question: string): boolean {
  return MEANS_ASKED.test(question);
}

/** The text states a means by a clause: "… by rewriting their script", "… by deducting half of …". */
export function statesMeans(text: string): boolean {
  return /\bby\s+(?:just\s+|simply\s+)?\p{L}{2,}ing\b/iu.test(text);
}

export function expectedAnswerType(question: string): AnswerType | undefined {
  if (WHEN_CONDITION.test(question)) return undefined;
  const read = mainClause(question)
    .replace(PHONE_WORD_IN_NAME, 'Named')
    .replace(PHONE_WORD_AS_MODIFIER, 'named');
  return QUESTION_RULES.find(([, pattern]) => pattern.test(read))?.[0];
}

const NOT_NOUNS = new Set(
  'is are was were did does do has have had will would can could should about if of kind sort type time day date'.split(
    ' ',
  ),
);

/**
 * The noun a "which/what <noun> …" question asks for ("Which stage is …" → "stage"): the
 * kind of thing that answers it, to be found in the field or sentence that names it.
 */
export function askedNoun(question: string): string | undefined {
  const noun = /\b(?:which|what)\s+([\p{L}-]{3,})\b/iu.exec(question)?.[1]?.toLowerCase();
  return noun && !NOT_NOUNS.has(noun) ? noun : undefined;
}

/** Words too general to say what is asked ("the number", "the name"). */
const NOT_HEADS = new Set(
  'number name thing things one ones kind type part way status answer information info details detail'.split(
    ' ',
  ),
);

/**
 * The noun the question asks the value of: "How many nights …" → "nights", "What is Ann's
 * ultimate target for Brightwick?" → "target", "What pressure limit does the pump keep to?" → "limit". The
 * sentence that names it states the thing asked; one that only names the topic introduces it.
 */
export function askedHead(question: string): string | undefined {
  const text = question.normalize('NFKC').replace(/[’]/g, "'");
  const counted = /\bhow (?:many|much)\s+([a-z][\w-]{2,})\b/i.exec(text)?.[1];
  const named =
    /^\s*[Ww]hat(?:'s|\s+is|\s+was|\s+are|\s+were)\s+(?:the\s+|an?\s+|my\s+|our\s+|his\s+|her\s+|their\s+)?(?:[\p{Lu}][\p{L}.'-]*\s+)*?(?:[\p{Lu}][\p{L}.-]*'s?\s+)?(?:[a-z][\w-]*\s+){0,3}?([a-z][\w-]{2,})(?=\s+(?:for|of|on|at|in|to|with|from|by|that|which)\b|\s*\?|\s*$)/u.exec(
      text,
    )?.[1];
  // "What did the roofing quotes for the barn come to?": the thing summed up ("quotes").
  const summed =
    /^\s*what\s+(?:did|do|does|will|would)\s+(?:the\s+|my\s+|our\s+|his\s+|her\s+|their\s+)?(?:[\w-]+\s+){0,3}?([a-z][\w-]{2,})(?=(?:\s+(?:for|of|on|at|in|from|with)\b.*)?\s+(?:come|came|add up|added up|amount|amounted)\s+to\s*\??\s*$)/i.exec(
      text,
    )?.[1];
  // "What storage target should the tank reach?": a target, limit or level named before the verb.
  const valued =
    /^\s*what\s+(?:[a-z][\w-]*\s+){0,2}?(targets?|goals?|limits?|caps?|levels?|thresholds?)\s+(?:is|was|are|were|did|does|do|will|would|should|has|have|had)\b/i.exec(
      text,
    )?.[1];
  // Not "which <noun>": that noun names a kind ("Which boot option …?"), and the sentences that
  // repeat it talk about the kind, while the answer names one of them ("try nomodeset").
  const head = (counted ?? named ?? summed ?? valued)?.toLowerCase();
  return head && !NOT_HEADS.has(head) && !NOT_NOUNS.has(head) ? head : undefined;
}

const MONTH = new RegExp(
  `\\b(?:${MONTH_NAME_PATTERN})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?\\b|\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?:${MONTH_NAME_PATTERN})`,
  'i',
);

const MONTH_NAME = `(?:${MONTH_NAMES.join('|')})`;
/**
 * A month without a day, as a person says when something happens: "in March", "by the end of
 * June", "early April", "March 2002", "Sept. 2001". Month names only capitalised, and only
 * after a word of time or before a year, so the verb "may" is no date.
 */
/** Words of time before a month ("in", "by the end of"), either case in their first letter. */
const TIME_WORDS = [
  'in',
  'by',
  'to',
  'until',
  'till',
  'since',
  'from',
  'before',
  'after',
  'during',
  'through',
  'early',
  'mid',
  'late',
  'end of',
  'beginning of',
  'start of',
  'middle of',
  'next',
  'last',
  'this',
]
  .map((words) => `[${words.charAt(0)}${words.charAt(0).toUpperCase()}]${words.slice(1)}`)
  .join('|');
const MONTH_ALONE = new RegExp(
  `\\b(?:${TIME_WORDS})[\\s-]+(?:the\\s+)?${MONTH_NAME}\\b|\\b[Tt]he\\s+${MONTH_NAME}\\s+[A-Z]?[a-z]+|\\b(?:${MONTH_NAME}|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\\.?,?\\s+(?:19|20)\\d{2}\\b`,
);

/**
 * A day and a month named in another language ("17 de marzo", "3 mars", "5. Mai", "1er juin",
 * "1º de maio", read as "1o de maio" once NFKC-normalised).
 */
const DAY_OF_OTHER_MONTH = new RegExp(
  `\\b\\d{1,2}(?:\\.|º|°|er|o)?\\s+(?:de\\s+)?(?:${OTHER_MONTH_NAME_PATTERN})(?![\\p{L}])`,
  'giu',
);

/**
 * A date written in another language: a day and a month ("9 de abril", "12 октября", "9 listopada"),
 * a month and a year ("junio del 2019", "Oktober 2020", "marzo de 2027", "мая 2021") or a month and
 * its day, as a list of dates grouped by month reads ("Март 1", "Februar 23").
 */
const OTHER_LANGUAGE_DATE = new RegExp(
  `\\b\\d{1,2}(?:\\.|º|°|er|o)?\\s+(?:de\\s+)?(?:${OTHER_MONTH_NAME_PATTERN}|${RUSSIAN_MONTH_PATTERN}|${POLISH_MONTH_PATTERN})(?![\\p{L}])|(?<![\\p{L}])(?:${OTHER_MONTH_NAME_PATTERN}|${RUSSIAN_MONTH_PATTERN}|${POLISH_MONTH_PATTERN})\\s+(?:(?:(?:de|del|di|du)\\s+)?(?:19|20)\\d{2}|(?:[1-9]|[12]\\d|3[01]))(?!\\d|[.,:]\\d)`,
  'iu',
);

/** An e-mail address: "ann.lee@example.com", or spelled out "ann at example dot com". */
const EMAIL_ADDRESS =
  /[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b[\w.+-]+\s+(?:at|\[at\]|\(at\))\s+[\w-]+\s+(?:dot|\[dot\]|\(dot\))\s+\w+/i;

/** An extension, the short number of a line inside an office: "ext. 3-4567", "x31234", "extension 4411". */
const EXTENSION = /\b(?:ext(?:ension)?\.?\s*(?:no\.?|#|:)?\s*|(?<!\d\s?)x\s?)\d[\d-]{2,6}\b/i;

/** A room whose being free is asked about ("the availability of conference room 3321", "whether room 5C2 is free"). */
const PLACE_ASKED_ABOUT =
  /\bavailab\w*\s+(?:of|for)\s+(?:the\s+)?(?:conference\s+|meeting\s+)?(?:room|rm\.?)\s*#?\s*[\w-]+|\b(?:whether|if)\s+(?:the\s+)?(?:conference\s+|meeting\s+)?(?:room|rm\.?)\s*#?\s*[\w-]+\s+is\s+(?:free|available|open|booked)\b/gi;

/**
 * A place spoken of without its name: one to be found ("a room", "another venue"), the name
 * still to come ("the room number", "the location details", "details on the location", "I'll
 * advise you of the location", "location information … will be announced") or not
 * decided yet ("location TBD", "venue to be announced"). It says where nothing is.
 */
const UNNAMED_PLACE = new RegExp(
  String.raw`\b(?:a|an|any|another|some|no)\s+(?:(?:new|free|small|big|large|meeting|conference|quiet|bigger|larger|different)\s+)?(?:room|conference room|office|location|venue|place|hotel|building)\b|\b(?:the|a)\s+(?:room|location|venue)\s+(?:number|name|details?)\b(?!\s*(?:is|:)?\s*[\dA-Z])|\b(?:details?|information|info)\s+(?:on|about|of|regarding)\s+the\s+(?:room|location|venue|place)\b|\b(?:room|location|venue|place|site)\s*(?::|is|will be)?\s*(?:${NOT_DECIDED_YET})\b|\b(?:TBD|TBA)\s+(?:room|location|venue)\b|\b(?:advise|inform|notify|tell)\s+(?:you\s+|them\s+)?(?:of|about)\s+the\s+(?:meeting\s+)?(?:room|location|venue|place)\b|\b(?:room|location|venue)\s+(?:information|info|details)\b|\bavailab\w*\s+(?:of|for)\s+(?:a\s+|the\s+)?(?:room|location|venue|place)\b(?!\s*#?\s*\d)`,
  'gi',
);

/**
 * A name's word in any alphabet: a capital and lower-case letters, whole ("Ana", "Sebastián",
 * "Øyvind", "Łucja", "Müller", "François"), with "O'", "D'", "Mc" or "Mac" before it as one word
 * ("O'Neil", "McAdam"); not the start of a longer word ("JavaScript", "Rob2") nor a word after
 * an apostrophe ("l'Univers", "d’Algérie", "56'Wide"). The one pattern of a name's word that the
 * detectors below share.
 */
const NAME_WORD = String.raw`(?<![\p{L}\p{M}\p{N}_'’])(?:O['’]|D['’]|Mc|Mac)?\p{Lu}\p{Ll}+(?![\p{L}\p{M}\p{N}_])`;

/** A first name and a surname, with a middle initial or not: "Ana Ruiz", "Sebastián J. Piñera". */
const NAME_PAIR = new RegExp(`(${NAME_WORD})(?:\\s+\\p{Lu}\\.?)?\\s+(${NAME_WORD})`, 'gu');

/** A first name and a surname, each word tried as a first name in turn ("On Tomas Berg": "Tomas Berg" too). */
const STRICT_PAIR = new RegExp(`(${NAME_WORD})(?=(?:\\s+\\p{Lu}\\.?)?\\s+(${NAME_WORD}))`, 'gu');

/** An office named as a body of people by what it serves: "the Office of the Chairman", "Office of Legal Affairs". */
const OFFICE_AS_BODY = /\bOffice\s+of\s+(?:the\s+)?[A-Z][\w&-]*/g;

/**
 * The word at this index opens a sentence (or the text); "¿" and "¡" open one in Spanish
 * ("¿Dónde …", "¡Gracias …"), and a quote or bracket may stand before its first word.
 */
function opensSentence(text: string, index: number | undefined): boolean {
  return /(?:^|[.!?:;\n¿¡]|(?:^|\s)["'(“«])\s*$/.test(text.slice(0, index ?? 0));
}

/**
 * A word followed by a verb said of one subject ("Rob owns …", "Rob will …", "Rob signed …",
 * "Rob is working …"), or
 * by a word of the question taken out of the text before this check (two spaces: "who owns …"
 * against "Rob owns …").
 */
function actsAlone(text: string, match: RegExpMatchArray): boolean {
  const after = text.slice((match.index ?? 0) + match[0].length);
  if (/^ {2,}\S/.test(after)) return true;
  const next = /^\s+([a-z]+)\b/.exec(after)?.[1] ?? '';
  // "Mary is working up the options", "Ben has signed": a verb form of one subject after "is", "was", "has".
  if (/^\s+(?:is|was|has)(?:\s+(?:[a-z]{2,}ing|[a-z]{2,}ed)\b| {3,}\S)/.test(after)) return true;
  return /^(?:will|would|can|could|should|shall|may|might|must|[a-z]{2,}(?:[^s]s|ed))$/.test(next);
}

/**
 * A lone capitalised word after "in", "at", "of" or "on" names a place or a body ("positions in
 * Acme", "the office at Dunmore", "la ligue de la Wilaya"): no person by its capital alone.
 */
function namesWhereOrWhat(text: string, index: number | undefined): boolean {
  return /(?:^|[\s(])(?:in|at|of|on|into|within|throughout|de|du|des|di|del|della|da|à|en)\s+(?:(?:the|la|le|les|el)\s+)?$/i.test(
    text.slice(0, index ?? 0),
  );
}

/** Where to call or reach someone: "call me at Ext. 5-6676", "be reached at 555-0100". */
const CALL_AT =
  /\b(?:call|reach(?:ed)?|contact(?:ed)?|dial|page[ds]?|text)(?:\s+(?:me|us|him|her|them))?\s+at\s+\S+/gi;

/** A first word set off by a comma as the one spoken to: "Rob, I spoke to …". */
function addressed(text: string, match: RegExpMatchArray): boolean {
  return text.charAt((match.index ?? 0) + match[0].length) === ',';
}

/** Capitalised words that are not names (sentence openers, days, months). */
const NOT_NAMES = new Set(
  (
    'The This That These Those There Then They Their We Our Us I It Its A An And But Or If In On At To For Of By ' +
    'With From As Please Thanks Thank Hi Hello Dear Yes No Not So Also Just Here What When Where Who Why How Which ' +
    'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August ' +
    'September October November December You Your He She His Her My Me Is Are Was Were Will Would Can Could Do Did ' +
    'Today Tomorrow Tonight Yesterday Guys Everyone All Team Regards Best Cheers ' +
    // Languages and the adjectives of peoples: "Hebrew and Arabic", "in English" name no one and no place.
    'English French German Spanish Italian Portuguese Dutch Flemish Russian Polish Czech Slovak Ukrainian ' +
    'Greek Turkish Arabic Hebrew Persian Hindi Chinese Japanese Korean Vietnamese Thai Indonesian Malay ' +
    'Swedish Norwegian Danish Finnish Icelandic Hungarian Romanian Bulgarian Serbian Croatian Latin'
  ).split(' '),
);

/** Titles and roles: "the Chief Financial Officer", "Vice President", "the Treasurer". */
const TITLE_WORD =
  /\b(?:Chief|Executive|Financial|Operating|Officer|Vice|President|Chairman|Chairwoman|Treasurer|Secretary|Director|Manager|Counsel|Controller|CEO|CFO|COO|CTO|VP|EVP|SVP|MD)\b/g;

/**
 * Words that make a run of capitalised words the name of a body or a thing: "Harbour Trust Company",
 * "Varenne Office" (of the Chairman); or of a text of law or its part: "Harbour Works Code Section", "Clean Rivers Act", "Parking Chapter".
 */
const BODY_WORD =
  /\b(?:Inc|Corp|Corporation|Company|Co|Ltd|LLC|LLP|Group|Bank|Services|Association|Society|Committee|Council|Commission|Department|Office|Division|University|Institute|Foundation|Exchange|Partners|Holdings|Process|Review|Program|Programme|Project|One|Two|Three|Four|Five|Code|Codes|Section|Sections|Chapter|Article|Clause|Act|Statutes?|Regulations?|Ordinance)\b/;

/**
 * A lower-case noun of a body or a thing right after a run of capitalised words: the run names it
 * ("our Ledger Platform group", "the Fuel Analytics team", "the Harbor Claims desk").
 */
const BODY_NOUN_AFTER =
  /^\s+(?:group|team|department|dept|division|unit|desk|committee|board|project|program|programme|initiative|system|systems|model|book|fund|plan|office|practice|business|function|organi[sz]ation)s?\b/;

/** Up to five capitalised words in a row, in any alphabet: "Harbour Trust Company", "Société Générale Bank". */
const CAPITALISED_RUN =
  /(?<![\p{L}\p{M}\p{N}_])(?:\p{Lu}[\p{L}\p{M}\p{N}_&'.-]*\s+){0,4}\p{Lu}[\p{L}\p{M}\p{N}_&'.-]*(?<![&.'-])/gu;

/**
 * A sentence without the capitalised words that name a role or a body rather than someone:
 * titles ("Vice President", "the Treasurer"; a name beside them stays: "President Ana Ruiz")
 * and runs that hold a body's word ("Harbour Trust Company", "One Acme", "Annual Review Process").
 */
function namelessRuns(text: string): string {
  return text
    .replace(CAPITALISED_RUN, (run, at: number, whole: string) =>
      BODY_WORD.test(run) || BODY_NOUN_AFTER.test(whole.slice(at + run.length)) ? ' x ' : run,
    )
    .replace(TITLE_WORD, 'x')
    .replace(OTHER_TITLE_OR_STATE, 'x')
    .replace(AGREEING_ADJECTIVE, 'x');
}

/**
 * A capitalised Russian adjective before a lower-case word, as a place's or a text's adjective
 * stands: one agreeing with the word after it ("Главе Ореховского сельского поселения"), the two
 * sharing their case ending, which a surname and the verb after it do not ("Орлов подписал"); or
 * one in an oblique case of an adjective's long ending ("Служебного регламента"), which no first
 * name and few surnames end in.
 */
const AGREEING_ADJECTIVE =
  /(?<![\p{L}])\p{Lu}\p{Ll}*(?:(ого|его|ому|ему|ой|ей|ым|им|ом|ем|ую|юю|ая|яя|ое|ее|ий|ый|ые|ие|ых|их)(?=\s+\p{Ll}+\1(?![\p{L}]))|(?:[ое]го|[ое]му|ыми|ими)(?=\s+\p{Ll}))/gu;

/**
 * Titles and the state in the other languages of a workspace, which name a role, not someone:
 * "la Presidenta de la República", "der Präsident", "le Ministre", "o Presidente da República",
 * "Глава поселения", "Администрация".
 */
const OTHER_TITLE_OR_STATE =
  /(?<![\p{L}])(?:President[ea]|Präsident(?:in)?|Président(?:e)?|Minist(?:ro|ra|re|erin)|Vorsitzende[rn]?|Rep[úu]blica|République|Republik|Repubblica|Republiek|Глав(?:а|ы|е|у|ой)|Председател[ьяюем]\p{Ll}*|Заместител[ьяюем]\p{Ll}*|Директор\p{Ll}*|Президент\p{Ll}*|Министр\p{Ll}*|Губернатор\p{Ll}*|Мэр\p{Ll}*|Администраци[яиюей])(?![\p{L}])/gu;

/**
 * A date in figures: "5/25", "5/25/01", "16.02.2016", "29.10."; a day and a month in range. A
 * decimal ("57.5", "1.25 million") is no date: a dotted date has its year or a closing dot. A
 * dotted year has two or four figures, and a code's section number ("Section 14.08.030",
 * "§ 3.11.200") is no date. A comma may follow it in a row of fields ("Dates: 21.10.2031, Time: …"),
 * not a figure after the comma. Nor is a clause's number of single figures that opens a line
 * ("1.1. The regulation …", "2.3. Заявление …").
 */
const NUMERIC_DATE =
  /(?<![\d.,])(?<!(?:[Ss]ections?|[Cc]hapters?|[Aa]rt(?:icles?|\.)?|§|[Rr]ules?|[Cc]lauses?|[Pp]aragraphs?)\s*)(?!(?<=^\s*)\d\.\d\.\s)(?:(?:0?[1-9]|[12]\d|3[01])\/(?:0?[1-9]|[12]\d|3[01])(?:\/\d{2,4})?|\d{1,2}\.\d{1,2}\.(?:\d{4}|\d{2})(?!\d)|(?:0?[1-9]|[12]\d|3[01])\.(?:0?[1-9]|1[0-2])\.)(?![\d]|,\d|\.\d)/;

/** A line that opens with a field naming a place, and its value: "Place: Grand Maple Hotel", "Venue: …". */
const PLACE_FIELD = /^\s*(?:place|venue|where|meeting place|lieu|ort)\s*:\s*\S/i;

/** A line's leading field label of up to three words: "Date & Time:", "Location:". */
const FIELD_LABEL = /^\s*\p{Lu}[\p{L}]*(?:\s*[&/]?\s*\p{L}+){0,2}\s*:\s/u;

/** Titles a Chinese or Japanese name follows (a chair, a president, a manager, a professor). */
const CJK_TITLES =
  '理事長|理事长|会長|會長|会长|社長|社长|代表|部長|部长|課長|课长|校長|校长|委員長|委员长|所長|所长|' +
  '院長|院长|主任|經理|经理|董事長|董事长|總裁|总裁|主席|教授|局長|局长|市長|市长';

/** A Chinese or Japanese name before an honorific ("山田 太郎 様"). */
const CJK_HONOURED =
  /\p{Script=Han}{1,3}\s?\p{Script=Han}{1,3}\s*(?:殿|様|さん|氏|先生|女士|小姐)(?!\p{Script=Han})/u;
/** A Chinese or Japanese name after a title ("理事長 山田", "代表：山田 太郎"). */
const CJK_TITLED = new RegExp(
  `(?:${CJK_TITLES})[\\s:：]+\\p{Script=Han}{1,3}\\s?\\p{Script=Han}{0,3}(?=\\s|$|[、。,.]|殿|様|氏)`,
  'u',
);

/**
 * A Chinese or Japanese name marked as one by an honorific after it or a title before it: a
 * person for sure, as "Dr. Ana Ruiz" is in English.
 */
export function titledCjkName(text: string): boolean {
  return CJK_HONOURED.test(text) || CJK_TITLED.test(text);
}

/** A capitalised word, "McAdam" and "O'Dell" as one: a name's word if the passages know it. */
const CAPITALISED_WORD = new RegExp(NAME_WORD, 'gu');

/**
 * A name's word standing alone in a sentence: not glued by a slash to a lower-case word
 * ("business/Employe needs"), not part of a hyphenated word ("Re-start"), nor written into
 * Chinese, Japanese or Korean text with no space ("Webサイト"): a loanword.
 */
const LONE_NAME_WORD = new RegExp(
  String.raw`(?<!(?:^|\P{L})\p{Ll}+\/)(?<![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}])${NAME_WORD}(?!-\p{Ll})(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}ー])`,
  'gu',
);

/** The words a "who" question says of the one asked, up to two: "Who was worried …" → "was worried". */
const WHO_ACT = /^\s*who\s+([a-z]+)(?:\s+([a-z]+))?/i;

/** Words too common after "who" to tie a name to the act asked: "Who is the …", "Who has a …". */
const LOOSE_ACT = new Set([
  'is',
  'was',
  'are',
  'were',
  'has',
  'had',
  'have',
  'the',
  'a',
  'an',
  'to',
  'of',
  'in',
  'on',
]);

/**
 * "Who was worried that …?" answered by "Marisol was worried that …": a capitalised word,
 * even one that opens its sentence, directly followed by the words the question says of the one
 * asked (two of them, or one that is not a bare "is" or "has") is the one who does it, when the
 * passage and the question never write it in lower case.
 */
function doesActAsked(text: string, question: string, common: (word: string) => boolean): boolean {
  const act = WHO_ACT.exec(question);
  const first = act?.[1]?.toLowerCase();
  if (first === undefined) return false;
  const second = act?.[2]?.toLowerCase();
  const words = second !== undefined && !LOOSE_ACT.has(second) ? [first, second] : [first];
  if (words.length === 1 && LOOSE_ACT.has(first)) return false;
  const doer = new RegExp(String.raw`(${NAME_WORD})\s+${words.join(String.raw`\s+`)}(?![\p{L}])`, 'giu');
  return [...text.matchAll(doer)].some((match) => /^\p{Lu}/u.test(match[1] ?? '') && !common(match[1] ?? ''));
}

/**
 * The sentence names the one a "who" question asks as the doer of its act ("Marisol was
 * worried that …" for "Who was worried that …?"), a name that neither it nor the question
 * writes in lower case: it states who, even when its writer ends it with a question mark.
 */
export function statesAskedDoer(text: string, question: string): boolean {
  const lower = new Set(`${question}\n${text}`.match(/(?<![\p{L}\p{M}])\p{Ll}+(?![\p{L}\p{M}])/gu));
  return doesActAsked(text, question, (word) => NOT_NAMES.has(word) || lower.has(word.toLocaleLowerCase()));
}

/**
 * Does a sentence name someone, as a "who" answer must? The person detector above only ranks
 * and takes any capitalised word inside a sentence ("pursuant to Chapter 12.40", "plans for
 * Netco"); an answer is accepted only when it writes a name of a person the passages know
 * (`known`: folded words of their senders', recipients', attendees', speakers' and cards' names,
 * see known-names.ts), a body of people as the one who does it ("approved by legal"), a
 * Chinese or Japanese name marked by a title, or a first name and a surname neither of which the
 * passage or the question writes in lower case: "Capacity Review" and "Rollout Plans"
 * are a heading's words, "Ana Ruiz" and "Rory O'Hare" are names. A capitalised word alone
 * still names someone or a body ("We have Brightwell exploring …", "Steve and John to review …")
 * where the detector takes it, unless the passage writes it in lower case, a figure follows it
 * ("Chapter 12.40"), a slash joins it to another word or a capitalised word stands beside it (a
 * heading's run).
 */
export function namesSomeone(
  raw: string,
  context: { readonly passage: string; readonly question: string; readonly known: ReadonlySet<string> },
): boolean {
  const text = namelessRuns(raw.replace(FIELD_LABEL, ''));
  if (BODY_AS_AGENT.test(text) || titledCjkName(text)) return true;
  if (
    [...text.matchAll(CAPITALISED_WORD)].some(
      (match) => !NOT_NAMES.has(match[0]) && context.known.has(match[0].toLocaleLowerCase()),
    )
  )
    return true;
  // Words written in lower case, not inside an address or a link ("harry.grubbs@…").
  const lower = new Set(
    `${context.passage}\n${context.question}\n${raw}`
      .replace(/\S+@\S+|\b(?:https?:\/\/|www\.)\S+/g, ' ')
      .match(/(?<![\p{L}\p{M}])\p{Ll}+(?![\p{L}\p{M}])/gu),
  );
  const common = (word: string) =>
    NOT_NAMES.has(word) || lower.has(word.replace(/^(?:O['’]|D['’])/, '').toLocaleLowerCase());
  if ([...text.matchAll(STRICT_PAIR)].some((match) => !common(match[1] ?? '') && !common(match[2] ?? '')))
    return true;
  return [...text.matchAll(CAPITALISED_WORD)].some(
    (match) =>
      !common(match[0]) &&
      // A word joined to another by a slash is one of two labels: "Re-start/Integration"; so is a
      // word glued by a comma with no space to another word, a list of tags: "[Low,Open]".
      !/[/,]/.test(text.charAt((match.index ?? 0) - 1)) &&
      !/^(?:\/|,\p{L})/u.test(text.slice((match.index ?? 0) + match[0].length)) &&
      !(opensSentence(text, match.index) || namesWhereOrWhat(text, match.index)) &&
      !/[\p{Lu}][^\s/]*[\s/]+$/u.test(text.slice(0, match.index)) &&
      !/^[\s/*]+[\p{Lu}\p{N}]/u.test(text.slice((match.index ?? 0) + match[0].length)),
  );
}

/** Answer types whose detector is sure enough to require: without one, a sentence does not answer. */
export const REQUIRED_TYPES: ReadonlySet<AnswerType> = new Set([
  'email',
  'tally',
  'version',
  'phone',
  'rate',
  'amount',
  'date',
  'year',
  'code',
  'place',
]);

/** "in" or "at" of French, Spanish, Italian and German before a capitalised name, perhaps after an article. */
const FOREIGN_AT =
  /(?<![\p{L}\p{N}])(?:au|aux|à|dans|en|nel|nella|im|beim)\s+(?:(?:la|le|les|el|los|las)\s+)?(\p{Lu}[\p{L}-]*)/gu;

/** A letter of Chinese or Japanese writing, which runs on without a space after a mark. */
const CJK_LETTER = String.raw`\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}`;
/**
 * Numbers that Chinese and Japanese text marks as no amount, blanked (full-width digits read as
 * digits): a heading's or an item's number opening a line ("１．会場の案内", "（２）持ち物"),
 * an ordinal ("第５号", "第１２条"), and a year of an era ("昭和６２年").
 */
function cjkMarks(text: string): string {
  if (!new RegExp(`[${CJK_LETTER}]`, 'u').test(text)) return text;
  return text
    .normalize('NFKC')
    .replace(
      new RegExp(String.raw`(?:^|\n)\s*(?:\d{1,2}(?:\.\d{1,2})*\.(?=\s|[${CJK_LETTER}])|\(\d{1,2}\))`, 'gu'),
      ' ',
    )
    .replace(/第\d+/g, ' ')
    .replace(/(?:明治|大正|昭和|平成|令和)\d+年/g, ' ');
}

/**
 * The text's figures: numbers that are not part of a date, a time of day, a year or a code
 * (a Latin letter before the digits: "PO1234", "D1", "A5346").
 */
function figures(text: string): string[] {
  const rest = cjkMarks(text)
    // A web address's numbers are none: "http://example.org/?tag=6.c-north".
    .replace(/\b(?:https?:\/\/|www\.)\S+/gi, ' ')
    // A clause's or an item's number opening a line is no amount: "2.9. A request is …", "4.2.3. The clerk …", "3. Staff meeting".
    .replace(/(?:^|\n)\s*\d{1,2}(?:\.\d{1,2})*\.(?=\s)/g, ' ')
    // A phone number is no amount: "call at (512) 263-0177".
    .replace(/(?:\+?\d{1,3}[\s.-]?)?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]\d{4}\b/g, ' ')
    .replace(new RegExp(EXTENSION.source, 'gi'), ' ')
    .replace(new RegExp(MONTH.source, 'gi'), ' ')
    // A day of a month in another language: "17 de marzo", "le 3 mars", "am 5. Mai", "op 4 april".
    .replace(DAY_OF_OTHER_MONTH, ' ')
    .replace(/\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b|\b\d{4}-\d{2}-\d{2}\b/g, ' ')
    // A month, day and year written with dashes ("risk report as of 04-18-2003", "4-19-03") is a date.
    .replace(/(?<![\d.,$-])\b(?:0?[1-9]|1[0-2])-(?:0?[1-9]|[12]\d|3[01])-(?:19|20)?\d{2}\b(?![\d-])/g, ' ')
    // A month and day without a year ("since the 4/20 closing") is a date, not a figure.
    .replace(/(?<![\d.,$/])\b(?:0?[1-9]|1[0-2])\/(?:0?[1-9]|[12]\d|3[01])\b(?![\d/,%]|\.\d)/g, ' ')
    .replace(/\b\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?|\b\d{1,2}\s*[ap]\.?m\.?(?![a-z])/gi, ' ')
    .replace(/\b(?:19|20)\d{2}\b/g, ' ')
    // An item's number is no amount: "#3", "point # 3", "No. 4"; nor is an ordinal ("the 30th floor").
    .replace(/#\s?\d+\b|\b[Nn]o\.\s?\d+\b|\b\d+(?:st|nd|rd|th)\b/g, ' ')
    // The numero sign, "No" once NFKC-normalised: "Order № 67", "resolution №-226".
    .replace(/(?:№|\bNo(?=\s?-?\s?\d))\s?-?\s?\d+\b/g, ' ')
    // A page: "p. 23", "pp. 4", "pág. 23", "S. 93", "Seite 12".
    .replace(/(?<![\p{L}])(?:pp?|p[áa]gs?|S)\.\s?\d+\b|\bSeite\s\d+\b/gu, ' ')
    // The same in other languages: "Decreto N°68", "n.º 5", "Nr. 12".
    .replace(/\b[Nn](?:[°º]|o(?=\d)|\.\s?[ºo]|r\.)\s?\d+\b/g, ' ')
    .replace(/\b[A-Za-z][A-Za-z\d-]*\d[A-Za-z\d-]*/g, ' ');
  return rest.match(/\d+(?:[.,]\d+)*/g) ?? [];
}

/**
 * A year written in figures, alone or in a date ("in 1994", "en el 2011", "March 2014",
 * "2006-01-15", "1994年"), not part of a larger figure, an amount or a share ("1,994", "$2000").
 */
const YEAR = /(?<![\d.,$€£#])\b(?:1[5-9]\d{2}|20\d{2})\b(?![.,]\d|\s*%)/;

/** A day of a month in words, either order, with its weekday before it and its year after it when written. */
const DAY_IN_WORDS = new RegExp(
  `(?:\\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\\.?,?\\s+)?(?:\\b(${MONTH_NAME_PATTERN})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b|\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_NAME_PATTERN})\\b)(?:,?\\s+(?:19|20)\\d\\d\\b)?`,
  'gi',
);

/** A day in words as month and day ("mar-9"), for comparing "March 9th" with "9 March". */
function dayKey(month: string | undefined, day: string | undefined): string {
  return `${(month ?? '').slice(0, 3).toLowerCase()}-${Number(day)}`;
}

/**
 * The text with the days a question names taken out, with their weekday and year: "Date: Tuesday,
 * March 9, 2004." gives no date for "Until when can Tomas change the seating for the March 9 gala?".
 */
export function withoutNamedDays(question: string, text: string): string {
  const named = new Set([...question.matchAll(DAY_IN_WORDS)].map((m) => dayKey(m[1] ?? m[4], m[2] ?? m[3])));
  const days =
    named.size === 0
      ? text
      : text.replace(DAY_IN_WORDS, (whole, m1?: string, d1?: string, d2?: string, m2?: string) =>
          named.has(dayKey(m1 ?? m2, d1 ?? d2)) ? ' ' : whole,
        );
  return withoutNamedWeekdays(question, days);
}

/** A weekday written whole, alone or plural: "Thursday", "Fridays". */
const WEEKDAY_WORD = /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\b/gi;

/**
 * The text with the weekdays a question names by themselves taken out: "I will not be in on
 * Thursday." gives no day for "When did Vera move our Thursday call to?". A weekday the question
 * writes with a day of a month ("Tuesday, March 9") is that day's, taken out with it or not at all.
 */
function withoutNamedWeekdays(question: string, text: string): string {
  const alone = question.replace(DAY_IN_WORDS, ' ');
  const named = new Set([...alone.matchAll(WEEKDAY_WORD)].map((m) => (m[1] ?? '').toLowerCase()));
  if (named.size === 0) return text;
  return text.replace(WEEKDAY_WORD, (whole, day: string) => (named.has(day.toLowerCase()) ? ' ' : whole));
}

/** The text with the years a question names taken out: a sentence that gives only those gives no other. */
export function withoutNamedYears(question: string, text: string): string {
  const named = new Set(question.match(new RegExp(YEAR.source, 'g')) ?? []);
  return named.size === 0
    ? text
    : text.replace(new RegExp(YEAR.source, 'g'), (year) => (named.has(year) ? ' ' : year));
}

/** A figure as a question or a sentence writes it: "455832", "16.04", "1,200". */
const FIGURE = /(?<![\d.,])\d+(?:[.,]\d+)*(?![\d]|[.,]\d)/g;

/**
 * The text with the figures a question names taken out: "How long before the meeting had bug
 * 4471 been filed?" is not answered by "I had not seen 4471 before", which gives no figure but
 * the one asked about.
 */
export function withoutNamedFigures(question: string, text: string): string {
  const named = new Set(question.normalize('NFKC').match(FIGURE) ?? []);
  return named.size === 0 ? text : text.replace(FIGURE, (figure) => (named.has(figure) ? ' ' : figure));
}

/** A version number: "2.0", "15.10", "5.x" (any release of 5), "v3", "version 7". */
export const VERSION_NUMBER =
  /\b\d+(?:\.\d+)+[a-z]?\b|\b\d+(?:\.\d+)*\.x\b|\bv\.?\s?\d+\b|\b(?:version|release)\s+\d+\b/i;

/** Words that name a reason only to say it is not known: "for some reason", "for no apparent reason". */
const UNKNOWN_REASON =
  /\bfor (?:some|whatever|no|any|an unknown|some unknown|some strange|some weird|some odd)(?: (?:apparent|obvious|good|known|particular))? reasons?\b/gi;

/**
 * A phone number said in running text, grouped as any country writes it: "my phone is
 * 359-52-61-44", "my cell number is 06 12 34 56 78". Three groups or more, seven digits or more.
 */
const RUNNING_PHONE =
  /\b(?:phone|telephone|mobile|cell|fax|number)(?:\s+(?:number|no\.?))?\s+(?:is|was|will be)\s+(?!\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b)(\+?\(?\d{1,4}\)?(?:[\s.-]\d{2,4}){2,})(?![\d.-]*\d)/i;

/** Detectors: does a sentence carry a thing of this type? */
const DETECTORS: Readonly<Record<AnswerType, (text: string) => boolean>> = {
  email: (text) => EMAIL_ADDRESS.test(text),
  phone: (text) =>
    /(?:\+?\d{1,3}[\s.-]?)?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}\b|\+\d[\d\s-]{7,}\d/.test(text) ||
    // A local number without its area code: "853-5202".
    /(?<!\d)(?<!\d[-.])\d{3}[-.]\d{4}(?![\d-])/.test(text) ||
    // Typed with spaces around the dash, as in a hand-made list: "(403) 297 - 9822".
    /\(\d{3}\)\s?\d{3}\s[-–]\s\d{4}\b/.test(text) ||
    EXTENSION.test(text) ||
    // An office extension alone on its line under a name: "5-8485".
    /^\s*\d{1,2}-\d{4}\s*$/.test(text) ||
    // An office extension to dial: "To book a slot, call 4-2718", "dial 6-3904".
    /\b(?:call|dial|ring)\s+(?:us\s+)?(?:at\s+|on\s+)?\d{1,2}-\d{4}(?![\d-])/i.test(text) ||
    // A bare office extension to call at: "call me at 4417", "ring us at 52906".
    /\b(?:call|dial|ring|reach)\s+(?:(?:me|us|him|her|them)\s+)?(?:at|on)\s+(?!(?:19|20)\d\d\b)\d{4,5}(?![\d,%/:-]|\.\d|\s*(?:[ap]\.?m\b|o'clock|hours?\b))/i.test(
      text,
    ) ||
    // Digits a phone label gives, in any country's grouping: "Phone: 0621-08460", a sheet's
    // "Tel: 6562-9722".
    /\b(?:phone|telephone|tel|fax|mobile|cell|wireless)(?:\s+(?:number|no\.?))?\s*:\s*[+(]?\d[\d\s().-]{4,}\d/i.test(
      text,
    ) ||
    // Said in running text, in any country's grouping: "My phone is 359-52-61-44".
    (RUNNING_PHONE.exec(text)?.[1]?.replace(/\D/g, '').length ?? 0) >= 7,
  amount: (text) =>
    figures(text).length > 0 ||
    /[一二三四五六七八九十百千萬万億亿]+\s*[元圓円원]/.test(text) ||
    // Spelled out: "eight hundred and fifty square feet", "three million", "six months".
    /\b(?:hundred|thousand|million|billion)\b/i.test(text) ||
    /\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)\s+(?:[a-z]+\s+)?(?:days?|weeks?|months?|years?|hours?|minutes?|per\s?cent|percent|dollars?|feet|foot|square|miles?|kilomet(?:er|re)s?|met(?:er|re)s?|people|persons|times|words|pages|units)\b/i.test(
      text,
    ),
  rate: (text) =>
    figures(text).length > 0 &&
    /\d\s*%|\bper\s?cent\b|\bpercent|\bbps\b|\bbasis points?\b|\bper\s+\p{L}+|\d\s*\/\s*\p{L}+|[％٪]|成\b|割|\d\s+في\s+الما?ئة/iu.test(
      text,
    ),
  date: (text) =>
    MONTH.test(text) ||
    MONTH_ALONE.test(text) ||
    /\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b|\b(?:today|tomorrow|tonight|noon|midnight)\b/i.test(
      text,
    ) ||
    NUMERIC_DATE.test(text) ||
    OTHER_LANGUAGE_DATE.test(text) ||
    /\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)|\b\d{1,2}:\d{2}\b/i.test(text) ||
    ITINERARY_CLOCK.test(text) ||
    DASHED_CLOCK.test(text) ||
    /\d+\s*[年月日時点]|[星期週周][一二三四五六日天]|曜日/.test(text),
  year: (text) => YEAR.test(text),
  place: (raw) => {
    // "I will get a room", "e-mail you the room number": a place not yet named is none.
    // "call me at Ext. 5-6676", "reach us at 555-0100": a number, not a place.
    // "Could you check on the availability of conference room 3321": a place asked about, not given.
    // "the Office of the Chairman", "Office of Legal Affairs": a body of people, not a place.
    const text = raw
      .replace(UNNAMED_PLACE, ' ')
      .replace(CALL_AT, ' ')
      .replace(PLACE_ASKED_ABOUT, ' ')
      .replace(OFFICE_AS_BODY, ' ');
    return (
      // A field that gives the place: "Place: Grand Maple Hotel", "Venue: the old mill", "Where: Hall B".
      PLACE_FIELD.test(text) ||
      /\b(?:room|floor|suite|building|bldg|hotel|hall|center|centre|street|avenue|ave|road|blvd|plaza|tower|office|location|airport|station)\b/i.test(
        text,
      ) ||
      // A room by its short form and number: "rm 3308", "Rm. 872".
      /\brm\.?\s*#?\s*\d+[A-Z]?\b/i.test(text) ||
      // A line that is only a building's initials and a room code: "OB 7C3", "KLS 04B2".
      /^\s*[A-Z]{2,4}\s?\d{1,2}[A-Z]\d{1,3}\s*\.?\s*$/.test(text) ||
      // A named venue or landmark: "Beaver Creek Mountain", "Memorial Park", "the Yacht Club".
      /\b[A-Z][\p{L}-]+\s+(?:Mountain|Park|Lake|Island|Beach|River|Valley|Resort|Club|Course|Stadium|Arena|Campus|University|College|Hospital|Church|Museum|Restaurant|Inn|Lodge|Ranch|Square|Bay|Canyon)\b/u.test(
        text,
      ) ||
      // "in Lisbon", "at 20C2", "at 1400 Smith Street", "@ the Grand Lodge"; not "in August",
      // "at 10:00", "in 2001", nor an address ("ana@host").
      [
        ...text.matchAll(
          /(?:\b(?:in|at)|(?<![\w.])@)\s+(?:the\s+)?([A-Z][\w-]*|\d+[A-Za-z][\w-]*|\d+\s+[A-Z][\w-]*)/g,
        ),
      ].some((match) => !NOT_NAMES.has(match[1] ?? '')) ||
      // The same words of French, Spanish, Italian and German before a name ("au Palais Vert",
      // "en Valdora", "nella Sala Nord", "im Rathaus"); not before a figure ("à 9h00").
      [...text.matchAll(FOREIGN_AT)].some((match) => !NOT_NAMES.has(match[1] ?? '')) ||
      // "at the Forum", "at the corner of Main"; not "at the scheduled meeting", "at the same time".
      /\bat the (?!(?:scheduled|same|moment|end|beginning|start|time|latest|earliest|least|most|very|request|rate|price|cost|discretion|suggestion|invitation|option|close|outset|risk|last|next|first|following|rescheduled|usual|regular|above|below)\b)\w+(?: of \w+)?/i.test(
        text,
      ) ||
      /[室樓楼館馆店站]|会議室|회의실/.test(text) ||
      // A place put forward by name: "How about Lisbon?", "I suggest Porto (the old town)", "He prefers Tarnwick".
      [
        ...text.matchAll(
          /\b(?:[Hh]ow about|[Ww]hat about|[Ww]hy not|suggest(?:ed|ing)?|propose[ds]?|recommend(?:ed)?|prefer(?:s|red)?)\s+(?:the\s+)?([A-Z][\p{L}-]+)/gu,
        ),
      ].some((match) => !NOT_NAMES.has(match[1] ?? '')) ||
      // A town and its state or province: "driving up from Dunmore, Ohio".
      CITY_AND_REGION.test(text) ||
      // A building's initials and a room number in brackets after a name or a time: "Ana Ruiz (QB4417)".
      /\(\s*[A-Z]{2,4}\s?(?:\d{3,5}[A-Z]?|\d{1,2}[A-Z]\d{1,3})\s*\)/.test(text) ||
      // A file's place: a path with two or more parts ("/etc/shadow", "C:\\Users\\…").
      /(?:^|[\s(])(?:~|\.{1,2})?\/[\w.-]+\/[\w.-]+|\b[A-Z]:\\[\w.-]+/.test(text) ||
      // A place inside a program: "System>Preferences>Sound", "Edit -> Options -> Mail".
      writesMenuPath(text)
    );
  },
  person: (raw) => {
    // A field's label ("Date & Time: …") names the field, not a person; nor do the names of
    // bodies and titles (see namelessRuns).
    const text = namelessRuns(raw.replace(FIELD_LABEL, ''));
    return (
      [...text.matchAll(NAME_PAIR)].some(
        (match) => !NOT_NAMES.has(match[1] ?? '') || !NOT_NAMES.has(match[2] ?? ''),
      ) ||
      // A lone capitalised word names someone inside a sentence, as its address ("Rob, …") or as
      // the subject of a verb said of one person ("Rob owns …", "Rob will …"): any sentence's
      // first word is capitalised ("Portland were fire alarmed out").
      // "McAdam" and "O'Dell" are one word. A word glued to a lower-case one by a slash
      // ("business/Employe needs") is that word's pair, no name; nor is one written into
      // Chinese, Japanese or Korean text with no space ("Webサイト", "の Web上"): a loanword.
      [...text.matchAll(LONE_NAME_WORD)].some(
        (match) =>
          !NOT_NAMES.has(match[0]) &&
          (!(opensSentence(text, match.index) || namesWhereOrWhat(text, match.index)) ||
            addressed(text, match) ||
            actsAlone(text, match)),
      ) ||
      // A body of people written in lower case as the one who does it: "signed off by product
      // marketing", "approved by the finance team", "reviewed by legal".
      BODY_AS_AGENT.test(text) ||
      titledCjkName(text)
    );
  },
  version: (text) => VERSION_NUMBER.test(text),
  // A count of votes ("5 for, 0 against", "passed 7 to 2") or how a vote ended.
  // A game's score ("we won 21-14", "a 3–1 loss") counts too.
  tally: (text) =>
    /\b\d{1,3}\s?[-–]\s?\d{1,3}\b(?![-:/.]?\d)(?!\s*(?:[ap]\.?m\b|pm|am|hours?|days?|minutes?|years?|%))|\b\d+\s+(?:for|against|in favou?r|yes|no|abstain\w*|to\s+\d+)\b|\b(?:unanimous(?:ly)?|carried|motion (?:passed|failed)|vote (?:passed|failed))\b/i.test(
      text,
    ),
  decision: (text) =>
    /\b(?:decid|agree|approv|conclu|resolv|will be|going to|plan to|settled on|chose|opted)|決定|决定|同意|결정/i.test(
      text,
    ),
  // "For some reason it fails", "for no reason" say the reason is not known: they state none.
  // "Your problem was that …", "it's just that …" state the cause as plainly as "because".
  reason: (text) =>
    /\b(?:because|due to|since|as a result|so that|in order to|reason|caused by|owing to|(?:that's|that is|which is) why|(?:problem|issue|trouble|cause|fault)\s+(?:was|is)\s+that|(?:it|that)(?:['’]s|\s+is|\s+was)\s+(?:just|simply|only)\s+that)\b|(?:^|[.;:]\s+)given\s+(?:that|what|the|our|their|its|how)\b[^.;:]*,|,? and so\b(?! on\b| forth\b| far\b| much\b| many\b)|因為|因为|由於|由于|ので|から|때문/i.test(
      text.replace(UNKNOWN_REASON, ' '),
    ),
  code: (raw) => {
    // Times of day and their ranges ("10am-11am", "9:00-10:00") and phone numbers are no codes.
    const text = raw.replace(TIME_RANGE, ' ').replace(PHONE_SHAPE, ' ');
    return (
      // A command line: a privileged or package command followed by its subcommand, or a
      // program run as root by its path ("sudo /opt/lantern/bin/server restart").
      /\b(?:sudo|apt-get|apt|aptitude|yum|dnf|brew|pip3?|npm|cargo|gem|git|make)\s+[a-z][\w-]*|\bsudo\s+\/[\w.-]+\/[\w./-]+/.test(
        text,
      ) ||
      commandWithOption(text) ||
      // Groups of digits joined by hyphens ("1234-5678", "978-3-16-148410-0"), not a date.
      /(?<![\d-])(?!(?:19|20)\d{2}-\d{1,2}-\d{1,2}\b)\d{2,}(?:-\d+){1,4}(?:-?X)?\b/.test(text) ||
      /\b(?=[\w./-]*\d)(?=[\w./-]*[A-Za-z])[A-Za-z0-9][\w./-]{4,}\b|`\s*[^`\s][^`]*`|'[a-z_]+'|\b[a-z]+_[a-z_]+\b/.test(
        text,
      ) ||
      // A setting's name in quotes, written as a program writes it: camel case, underscores,
      // dots, digits or a value ('"MaxRetryCount"', '"log.level"', '"mode=safe"'; a word in quotes, 'the "Gold" plan', is none).
      /"(?=[^"\s]*(?:[a-z][A-Z]|[_.\d=]))[A-Za-z_][\w.=-]{2,}"/.test(text) ||
      // An all-capitals word is a code ("User ID: JLAVORATO") only in a line that is not all
      // capitals itself: in a heading or a shouted line ("ARRIVAL CONFIRMATION:") it is a word.
      (/\b[A-Z]{4,}\b/.test(text) && !shouted(text)) ||
      // A program's or library's name written in its own mixed case: "iText", "jQuery", "macOS".
      /(?<![\p{L}'’-])[a-z]{1,4}[A-Z][a-zA-Z]+\b/u.test(text)
    );
  },
};

/** A program with an option: "mount -a", "aplay -l", "ls --all". */
export function commandWithOption(text: string): boolean {
  return /(?:^|[\s:,;(`'"])[a-z][\w.+-]*\s+--?[a-zA-Z][\w-]*(?=$|[\s,;.)`'"])/.test(text);
}

/** A line written in capitals: most of its letters are upper case. */
function shouted(text: string): boolean {
  const letters = text.replace(/[^A-Za-z]/g, '');
  const upper = letters.replace(/[^A-Z]/g, '').length;
  return letters.length >= 8 && upper >= letters.length * 0.8;
}

/**
 * Digits labelled as a code, number or PIN ("Participant Code: 124573", "PIN 4411"), or as a
 * bug or ticket filed ("bug 445358", "I filed 450363").
 */
export function labelledCode(text: string): boolean {
  return /\b(?:code|number|no|id|pin|#|bug|issue|ticket|case|filed|opened|reported)\.?\s*[:#]?\s*\d{4,}\b/i.test(
    text.normalize('NFKC'),
  );
}

/** A phone number's shape: "713-345-6687", "(512) 263-0177", "+1 713 837 1749". */
const PHONE_SHAPE = /(?:\+?\d{1,3}[\s.-]?)?\(?\b\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b/g;

/** A time of day or a range of them: "10am", "10am-11am", "9:00 - 10:30 p.m.". */
const TIME_RANGE =
  /\b\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?\s*[-–]\s*\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?(?![a-z])|\b\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?(?![a-z])/gi;

/**
 * Measures counted in money: a question about one wants a sum of money, not any figure. In
 * Chinese and Japanese a fee or budget word ("運費", "予算額") or "いくら" / "多少錢" asks one.
 */
const MONEY_NOUNS =
  /\b(?:price|prices|cost|costs|fee|fees|salary|salaries|budget|payment|charge|charges|rent|fare|fares|bonus|wage|wages|pay|tuition|premium|deposit|refund)\b|(?<=\b(?:the|a|any|what|which|no)\s+)(?:fine|fines|penalty|penalties)\b(?!-)|(?<=\b(?:cash|dollar|money)\s+)amounts?\b|費用|费用|价格|價格|金額|金额|料金|価格|値段|予算額|予算|預算|预算|運費|运费|送料|運賃|手数料|手續費|手续费|会費|會費|会费|参加費|參加費|参加费|学費|學費|学费|いくら|多少錢|多少钱|가격|요금|비용|(?<![\p{L}])(?:стоит|стоят|стоил[аои]?|стоимост\p{L}*|цен[аыу]|аренд[аыу]|арендн\p{L}+\s+плат\p{L}*|prix|co[uû]t(?:e|ent|s)?|tarifs?|loyers?|frais|precios?|cuestan?|costos?|coste|alquiler|preise?|kosten|kostet|miete|gebühr(?:en)?|prezzo|affitto|aluguel|kosztuje|czynsz)(?![\p{L}])/iu;
/**
 * "How much did Ann sell / spend / earn …": a sum of money changed hands, not any figure.
 * "How much was the deal worth?" asks a sum of money too.
 */
const MONEY_VERB =
  /\bhow much\b[^?]*?\b(sell|sold|spen[dt]|paid|earn(?:ed)?|owe[sd]?|lose|lost|charged?|invest(?:ed)?|raised?|worth)\b/i;
/**
 * A sum of money: a currency sign, code or word next to the figures. A Chinese, Japanese or
 * Korean currency word follows a number ("60元", "3,000円", "五百元"): inside a word ("円滑",
 * "单元") it is none.
 */
const CURRENCY =
  /[$€£¥₹₩₽]|\b(?:USD|EUR|GBP|CAD|AUD|CHF|JPY|CNY|RUB|PLN|dollars?|euros?|pounds?|cents?|bucks)\b|(?<![\p{L}])(?:руб(?:л\p{L}*|\.)|zł(?:otych)?)(?![\p{L}])|\d\s?(?:MM|[kKmM])\b|(?<=[\d一二三四五六七八九十百千萬万億亿兩两]\s?)[元円圓원块塊]/u;

/** A sum of money in figures: "$329", "$29.95", "€ 1.200", "2 MM", "1,500 dollars". */
const MONEY_FIGURE =
  /[$€£¥₹₩]\s?\d[\d,.]*(?:\s?(?:MM|[kKmM]|million|billion)\b)?|\b\d[\d,.]*\s?(?:USD|EUR|GBP|dollars?|euros?|cents?)\b/gi;

/**
 * Every figure the text gives is a sum of money ("$329-$29.95 off the regular bundle price"),
 * and no number is written in words: it prices something and counts nothing.
 */
export function onlyMoneyFigures(text: string): boolean {
  const plain = text.normalize('NFKC');
  const rest = plain.replace(MONEY_FIGURE, ' ');
  return (
    (plain.match(MONEY_FIGURE) ?? []).length > 0 &&
    !/\d/.test(rest) &&
    // "three creditors … of more than $10,000": a count in words.
    !new RegExp(`\\b(?:${NUMBER_WORDS})\\b`, 'i').test(rest)
  );
}

/** A text about weight: pounds in it weigh something. */
const WEIGHED =
  /\b(?:weigh|weighs|weighed|weighing|weight|weights|heavy|heavier|lighter|payload|gvwr?|tons?|tonnes?|lbs?)\b/i;
/** A figure in pounds written as a word ("8,501 pounds"), which a weight may be. */
const POUNDS_WEIGHT = /\d[\d,.]*\s*(?:-\s*)?pounds?\b/gi;

/**
 * A money word in a phrase after a preposition, before a plural or an -ing noun: it names a kind
 * of thing the question is about ("in the budget tables", "from the rent meetings"), not the
 * sum asked.
 */
const MONEY_WORD_BEFORE =
  /\b(?:in|from|of|on|for|about|under)\s+(?:the|this|these|those|its|their|our|my)\s+$/i;
const MONEY_WORD_AFTER = /^\s+[a-z]{2,}(?:s|ing)\b/;

/**
 * A measure that is no sum of money, named before a money word that closes the question in a
 * phrase of its own: "What's the carry-over limit for interns under the new budget?" asks the
 * limit (a share, a count); the budget is only where it is set. A limit "on the rent" is one of rent.
 */
const OTHER_MEASURE_HEAD = /\b(?:limit|cap|ceiling|threshold|share|percentage|quota)s?\b/i;
const FRAME_BEFORE =
  /\b(?:in|from|under|by)\s+(?:the|this|these|those|its|their|our|my|your|his|her)\s+(?:[a-z-]+\s+){0,2}$/i;
const FRAME_AFTER = /^\s*[?.!]*\s*$/;

/** Whether a money word of the question only frames another measure asked, or names a kind of thing. */
function moneyWordFrames(text: string, match: RegExpMatchArray): boolean {
  const before = text.slice(0, match.index);
  const after = text.slice((match.index ?? 0) + match[0].length);
  return (
    (MONEY_WORD_BEFORE.test(before) && MONEY_WORD_AFTER.test(after)) ||
    (OTHER_MEASURE_HEAD.test(before) && FRAME_BEFORE.test(before) && FRAME_AFTER.test(after))
  );
}

/** The measure of money a question asks about ("What's the golf fee …?" → "fee"), if any. */
export function moneyAsked(question: string): string | undefined {
  if (expectedAnswerType(question) !== 'amount') return undefined;
  const text = question.normalize('NFKC');
  // "How long does Ana want to meet about salaries?": a span of time or a distance is asked;
  // the money word names the topic.
  if (SPAN_ASKED.test(text)) return undefined;
  // "How many tickets will Ana sell at the new prices?": things are counted, and the money word
  // names the topic; "how many dollars …" still counts money.
  const counted = countedHead(text);
  if (counted && !MONEY_NOUNS.test(counted) && !/^(?:dollars|euros|pounds|cents|bucks)$/i.test(counted))
    return undefined;
  // "In the budget tables …": a kind of thing the question is about, not the sum asked.
  const noun = [...text.matchAll(new RegExp(MONEY_NOUNS.source, 'giu'))].find(
    (match) => !moneyWordFrames(text, match),
  )?.[0];
  return (
    noun ??
    MONEY_VERB.exec(text)?.[1] ??
    MONEY_ASKED_BY_NAME.exec(text)?.[1] ??
    (WORTH_ASKED.test(text) ? 'worth' : undefined)
  )?.toLowerCase();
}

/** A measure other than money asked: how long, how far, how old, how often, how tall. */
const SPAN_ASKED = /\bhow\s+(?:long|far|old|often|tall)\b/i;

/** "How much money …?", "how much cash …": a sum of money is asked by the word for it. */
const MONEY_ASKED_BY_NAME = /\bhow much\s+(?:more\s+|less\s+|extra\s+)?(money|cash)\b/i;

/**
 * For a question about a measure of money: the text holds a sum of money (a currency next to
 * a figure) or a figure labelled by the measure itself ("Fee: 185"). A confirmation number or
 * a count in the same passage is not the fee asked for.
 */
export function carriesMoney(text: string, noun: string): boolean {
  // "trucks weighing less than 8,501 pounds": pounds of weight, not of money.
  const plain = WEIGHED.test(text)
    ? text.normalize('NFKC').replace(POUNDS_WEIGHT, ' ')
    : text.normalize('NFKC');
  if (figures(plain).length === 0 && !/[一二三四五六七八九十百千萬万億亿]+\s*[元圓円원]/.test(plain))
    return false;
  // A measure labels its figure ("Fee: 185"); a verb ("sold") labels none.
  // The measure's word whole, singular or plural: "fees" is not the "fe" of "February".
  const singular = noun.replace(/ies$/, 'y').replace(/([^su])s$/, '$1');
  const labelled =
    MONEY_NOUNS.test(noun) && new RegExp(`(?<![\\p{L}])(?:${singular}|${noun})`, 'iu').test(plain);
  return CURRENCY.test(plain) || labelled || (PRICE_NOUN.test(noun) && TRADED_AT.test(plain));
}

const PRICE_NOUN = /^prices?$/;

/** A quantity dealt at a price, as traders write it without a currency: "340,000 at 52.375", "sold 5,000 @ 7.29". */
const TRADED_AT = /(?<![\d.])\d[\d,]*(?:\.\d+)?\s*(?:[A-Za-z]{1,6}\s+)?(?:at|@)\s*\d+\.\d+(?![\d.:])/;

/** Measures a question names with the words that say which one: "the garden view room rate". */
const MEASURE =
  /\b((?:[a-z][a-z-]*\s+){1,3})(?:rate|rates|fee|fees|price|prices|cost|costs|charge|charges|rent|fare|salary|budget|balance|limit|total)\b/g;
/** Identifiers a question names with the words that say which one: "the participant code". */
const IDENTIFIER = /\b((?:[a-z][a-z-]*\s+){1,3})(?:code|number|id|pin|password|username|login)\b/g;
/**
 * Words that end the run of words saying which measure: articles, possessives and the like; and a
 * subject or an auxiliary, after which the measure's word is a verb ("how much should we budget",
 * "what does the inn charge"), said of no measure of its own.
 */
const NOT_MODIFIERS = new Set(
  [
    'the a an what whats is was are were his her their our my its your this that these those of for at in on to per each new old current total average',
    'i we you he she they it do does did will would shall should can could must might much many how',
  ]
    .join(' ')
    .split(' '),
);

/**
 * The lower-case words that say which measure a question asks about ("garden", "view", "room"
 * in "What's the garden view room rate at the inn?"). A passage that lacks one of them states
 * some other measure (the ocean view rate), not the one asked.
 */
/**
 * Each measure the question names with the words that say which one, the measure's noun last:
 * "What night shift premium rate …" → [["premium", "shift", "night", "rate"]].
 */
export function askedMeasures(question: string): string[][] {
  return [...question.toLowerCase().matchAll(MEASURE)].map((match) => [
    ...modifiersBefore((match[1] ?? '').trim().split(/\s+/)),
    match[0].trim().split(/\s+/).pop() ?? '',
  ]);
}

export function measureModifiers(question: string, type: AnswerType = 'amount'): string[] {
  const out: string[] = [];
  for (const match of question.matchAll(type === 'code' ? IDENTIFIER : MEASURE))
    out.push(...modifiersBefore((match[1] ?? '').trim().split(/\s+/)));
  return out;
}

/** A month written before the thing it tells apart: "the Dec futures", "November swaps", "Jan. gas". */
const MONTH_QUALIFIER = new RegExp(String.raw`\b(${MONTH_NAME_PATTERN})\.?\s+([A-Za-z][\w&-]*)`, 'gi');
/** Words after a month that are no thing of that month ("in November and …", "November to March"). */
const NOT_QUALIFIED = new Set(
  'and or to the a an of in on at for by is was are were will be through thru until till from with i we you'.split(
    ' ',
  ),
);

/** The month a month name stands for, by its first three letters ("sept" → "sep"). */
const monthOf = (word: string) => word.slice(0, 3).toLowerCase();

/**
 * True when the question asks about a thing of one month ("What price did I buy the Dec futures
 * at?") and the sentence gives that thing of another month ("100 Jan futures @ $3.40") without
 * naming the month asked: its value is the other month's.
 */
export function statesOtherMonth(question: string, text: string): boolean {
  const wordsOf = (match: RegExpMatchArray) =>
    [monthOf(match[1] ?? ''), (match[2] ?? '').toLowerCase()] as const;
  const asked = [...question.matchAll(MONTH_QUALIFIER)]
    .map(wordsOf)
    .filter(([, thing]) => !NOT_QUALIFIED.has(thing));
  if (asked.length === 0) return false;
  const said = [...text.matchAll(MONTH_QUALIFIER)].map(wordsOf);
  const months = new Set(
    [...text.matchAll(new RegExp(String.raw`\b(?:${MONTH_NAME_PATTERN})\b`, 'gi'))].map((m) => monthOf(m[0])),
  );
  return asked.some(
    ([month, thing]) =>
      !months.has(month) && said.some(([other, saidThing]) => saidThing === thing && other !== month),
  );
}

/**
 * True when a sentence states the measure asked about for something else: the question asks
 * the "garden view room rate" and the sentence gives the "Ocean View room rate" (the same
 * measure told apart by another word) or a "Golf Fee" (another measure of another thing,
 * none of the question's words). That is another measure, not the one asked.
 */
export function statesOtherMeasure(question: string, text: string): boolean {
  const lower = text.normalize('NFKC').toLowerCase();
  for (const match of question.toLowerCase().matchAll(MEASURE)) {
    const asked = modifiersBefore((match[1] ?? '').trim().split(/\s+/));
    if (asked.length === 0) continue;
    const noun = match[0].trim().split(/\s+/).pop() ?? '';
    const said = [...lower.matchAll(new RegExp(`((?:[a-z][a-z-]*\\s+){1,3})${noun}\\b`, 'g'))].map((m) =>
      modifiersBefore((m[1] ?? '').trim().split(/\s+/)),
    );
    const words = new Set(lower.split(/[^a-z-]+/));
    const missing = asked.filter((word) => !words.has(word));
    if (missing.length === 0) continue;
    // The same family of measure (a "view room rate") told apart by another word ("ocean").
    if (
      said.some(
        (mods) => mods.some((word) => asked.includes(word)) && mods.some((word) => !asked.includes(word)),
      )
    )
      return true;
    // A measure asked with two or more words ("the garden view room rate"), and a sentence
    // that names none of them but states another measure of something else ("Golf Fee $185").
    if (asked.length >= 2 && missing.length === asked.length) {
      // "the Larkfield lease costs" and "Yearly Service Cost" are one measure, singular or plural.
      const others = [...lower.matchAll(MEASURE)].filter(
        (m) =>
          measureNoun(m[0].trim().split(/\s+/).pop() ?? '') !== measureNoun(noun) &&
          modifiersBefore((m[1] ?? '').trim().split(/\s+/)).length > 0,
      );
      if (others.length > 0) return true;
    }
  }
  return false;
}

/** A measure's noun in the singular: "costs" → "cost", "charges" → "charge". */
function measureNoun(noun: string): string {
  return noun.replace(/s$/, '');
}

/** The words right before a measure, nearest first, up to the first word that is none of them. */
function modifiersBefore(words: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = words.length - 1; i >= 0; i--) {
    const word = words[i] ?? '';
    if (NOT_MODIFIERS.has(word)) break;
    out.push(word);
  }
  return out;
}

/**
 * A question about the time of day ("What time is the call?", "At what time do we land?"),
 * not only the day: a sentence that gives a day without a clock time ("on Tuesday, Oct. 23rd")
 * does not answer it.
 */
const CLOCK_ASKED = new RegExp(
  `\\b(?:what|which) time\\b|\\bwhat hour\\b|\\bhow late\\b|\\bhow early\\b|幾點|几点|몇 시|${OTHER_CLOCK_ASKED.source}`,
  'iu',
);

export function asksClockTime(question: string): boolean {
  return CLOCK_ASKED.test(question.normalize('NFKC'));
}

/** A time of day: "4:30", "10 am", "4:00PM", "noon", "16h30", "15 H45", "10時", "3点". */
const CLOCK =
  /\b\d{1,2}(?::\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)(?![a-z])|\b\d{1,2}:\d{2}(?![\d])|\b\d{1,2}\.\d{2}\s*(?:a\.?m\.?|p\.?m\.?|h)(?![a-z])|\b\d{1,2}h\d{0,2}\b|\b(?:[01]?\d|2[0-3])\s+h\s?[0-5]\d\b|\b(?:noon|midnight|midday|o'clock)\b|\d{1,2}\s*[時点點]|\d{1,2}\s*시/i;

/** A time of day written with a dash after a Russian preposition, as office notices do: "с 08-00 до 15-00", "обед с 13-00 до 14-00". */
const DASHED_CLOCK = /(?<![\p{L}\d])(?:с|со|до|от|в|к)\s+(?:[01]?\d|2[0-3])-[0-5]\d(?!\d)/iu;

/** A time as an itinerary writes it, in capitals: "359P", "1120A". */
const ITINERARY_CLOCK = /\b(?:1[0-2]|[1-9])[0-5]\d[AP]\b/;

/** A time of day written without its colon, before its half of the day: "615 am", "1145 p.m.". */
const COLONLESS_CLOCK = /(?<![\d$€£.,:/-])\b(?:1[0-2]|[1-9])[0-5]\d\s*(?:a\.?m\.?|p\.?m\.?)(?![a-z])/i;

export function carriesClockTime(text: string): boolean {
  const normal = text.normalize('NFKC');
  return (
    CLOCK.test(normal) ||
    ITINERARY_CLOCK.test(normal) ||
    COLONLESS_CLOCK.test(normal) ||
    DASHED_CLOCK.test(normal)
  );
}

/**
 * A question about when something ends ("What time does the workshop end?", "When is the
 * review over?", "What's the end time of …"), not when it starts.
 */
const END_ASKED =
  /\b(?:end|ends|ending|conclude|concludes|wrap up|wraps up|be over|adjourn|adjourns|let out)\s*\??\s*$|\b(?:is|are|was|were)\b[^?]*\bover\s*\??\s*$|\b(?:end|ending|finish|finishing|closing) time\b|\buntil what time\b|\bwhat time\b[^?]*\bfinish(?:es)?\s*\??\s*$/i;

export function asksEndTime(question: string): boolean {
  return END_ASKED.test(question.normalize('NFKC').trim());
}

/** A clock time with its minutes or its half of the day: "5:30", "5 pm", "17:00". */
const MARKED_CLOCK = String.raw`\d{1,2}(?::\d{2}\s*(?:[ap]\.?m\.?(?![a-z]))?|\s*[ap]\.?m\.?(?![a-z]))|noon|midnight`;
const ANY_CLOCK = String.raw`\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?(?![a-z]))?`;
/**
 * A time something ends at: the second time of a range ("4:30-5:30 p.m.", "from 9 to 11 am")
 * or a time after a word of ending ("until 5 pm", "ends at 17:00", "over by noon").
 */
const END_TIME = new RegExp(
  String.raw`(?:${MARKED_CLOCK}|\b${ANY_CLOCK})\s*(?:[-–—]|\bto\b|\buntil\b|\btill\b)\s*(?:${MARKED_CLOCK})|` +
    String.raw`\b(?:until|till|til|through|end|ends|ending|ended|finish|finishes|finishing|over|wrap up|wraps up|adjourn\w*|conclude[sd]?|done)\s+(?:at\s+|by\s+|around\s+|about\s+|no later than\s+)*(?:${MARKED_CLOCK})`,
  'i',
);

/** True when the text gives a time something ends at, not only when it starts. */
export function carriesEndTime(text: string): boolean {
  return END_TIME.test(text.normalize('NFKC'));
}

/**
 * The things a "how many" question counts: "How many Copel shares did we sell?" → "shares"
 * (the first plural word in lower case after "how many", names skipped). A sentence that
 * does not name them counts something else ("closed at $7.55 on a volume of 1,567,300").
 */
export function countedNoun(question: string): string | undefined {
  const text = question.normalize('NFKC');
  const match = /\b[Hh]ow\s+many\s+(?:[\p{Lu}][\p{L}\p{N}&.'-]*\s+)*([a-z][a-z-]{2,}s)\b/u.exec(text);
  const noun = (match?.[1] ?? COUNTED_ABROAD.exec(text)?.[1])?.toLowerCase();
  return noun && !UNIT_WORD.test(noun) ? noun : undefined;
}

/**
 * Units of measure, which a text often writes short ("13 m2", "40 km", "5 kg"): "how many square
 * metres" counts no thing whose word the answer repeats.
 */
const UNIT_WORD =
  /^(?:(?:kilo|centi|milli)?(?:met(?:er|re|ro)s|gram(?:me|o)?s)|quadratmeter|hect(?:ares|áreas|areas)|acres|miles|feet|inches|pulgadas|liters|litres|litros|pounds|libras|ounces|tons|tonnes|toneladas|megawatts|kilowatts|watts|bytes|(?:kilo|mega|giga|tera)bytes)$/;

/**
 * "How many" in Spanish, Portuguese, Italian, French, German and Polish, and the noun right
 * after it: "¿Cuántos integrantes …" → "integrantes", "Wie viele Mitglieder …" → "Mitglieder".
 */
const COUNTED_ABROAD =
  /(?<![\p{L}])(?:cu[aá]nt[oa]s|quant[oa]s|quant[ie]|combien\s+de|wie\s+viele|ile|ilu)\s+(\p{L}{3,})/iu;

/**
 * "How many people are confirmed / attended …": a figure said right before that verb ("as of
 * today we have 29 confirmed") counts the things asked, though it leaves their noun unsaid.
 * The pattern of such a figure, or undefined when the question counts by no verb.
 */
export function countingVerb(question: string): RegExp | undefined {
  const verb = countedByVerb(question);
  if (!verb) return undefined;
  // "How many shares were sold": a figure right after that verb counts them too ("we sold
  // 143,200 @ 7.29"), not one after a preposition ("sold above 7.00"); a word may stand between a
  // figure and the verb ("212 actually signed", a list line "212 Actual signed forms").
  return new RegExp(
    `\\b\\d[\\d,]*\\s+(?:[a-z]+\\s+)?${verb}\\b|\\b${verb}\\s+(?:(?:about|approximately|roughly|some|another|a total of)\\s+)?\\d[\\d,]*(?![\\d.,]*\\s*%)`,
    'i',
  );
}

const COUNT_AUXILIARIES = new Set('are were is was have has had got get been now already'.split(' '));

/**
 * The verb of "how many <noun> [were] <verb>": a past participle ("confirmed", "sold") after a
 * noun of one or two words and its auxiliaries.
 */
function countedByVerb(question: string): string | undefined {
  const words = (/\bhow many\s+(.+)/i.exec(question)?.[1] ?? '').split(/[\s?!,.;:]+/).filter(Boolean);
  for (let j = 1; j < Math.min(words.length, 6); j++) {
    const word = (words[j] ?? '').toLowerCase();
    if (!/^[a-z]{3,}$/.test(word)) return undefined;
    const between = words.slice(1, j).filter((w) => !COUNT_AUXILIARIES.has(w.toLowerCase()));
    if (between.length > 1) return undefined;
    if (COUNT_AUXILIARIES.has(word)) continue;
    if (/ed$/.test(word) || irregularBase(word) !== undefined) return word;
  }
  return undefined;
}

/** Words that end the noun a "how many" question counts: a verb's auxiliary or a preposition. */
const COUNT_PHRASE_END =
  /^(?:are|were|is|was|have|has|had|do|does|did|will|would|can|could|shall|should|may|might|must|get|got|in|on|at|of|for|per|with|by|from|to|that|which|who)$/i;
/** Numbers written as words, which a count is often given in ("no more than two … units"). */
export const NUMBER_WORDS =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen';

/**
 * The noun that ends what a "how many" question counts: "How many detached accessory dwelling
 * units are permitted …" → "units" (up to five words after "how many", before a verb's
 * auxiliary or a preposition; a plural in lower case), else undefined.
 */
export function countedHead(question: string): string | undefined {
  const words = (/\bhow many\s+(.+)/i.exec(question.normalize('NFKC'))?.[1] ?? '')
    .split(/[\s?!,.;:]+/)
    .filter(Boolean);
  let head: string | undefined;
  for (const word of words.slice(0, 5)) {
    if (COUNT_PHRASE_END.test(word)) break;
    head = word;
  }
  return head && /^[a-z][a-z-]{2,}s$/.test(head) ? head : undefined;
}

/**
 * The text writes a number, in figures or in words, before the noun counted, with at most three
 * words between ("no more than three spare lantern wicks", "12 new hires"): it
 * gives the count asked, though a detector of figures alone misses a number in words.
 */
export function countsHead(text: string, head: string): boolean {
  return new RegExp(`\\b(?:\\d[\\d,]*|${NUMBER_WORDS})\\s+(?:[\\p{L}-]+\\s+){0,3}?${head}\\b`, 'iu').test(
    text.normalize('NFKC'),
  );
}

/** Whether the text gives a figure counted by the question's verb (see countingVerb). */
export function countsByVerb(question: string, text: string): boolean {
  return countingVerb(question)?.test(text) ?? false;
}

/** Full-width digits and letters ("１０月１日") read like their ASCII forms. */
export function carriesType(text: string, type: AnswerType): boolean {
  return DETECTORS[type](text.normalize('NFKC'));
}

/** The kinds of phone line a question or a line names ("fax", "cell", "home", "work", "pager"). */
export type PhoneKind = 'fax' | 'cell' | 'home' | 'work' | 'pager' | 'dial-in';

const PHONE_KINDS: readonly (readonly [PhoneKind, RegExp])[] = [
  // Signatures shorten it: "Fx: 555-0101", "(f) 555-0101".
  ['fax', /\bfax\b|\bfx\b|\(f\)|传真|傳真|ファックス|ファクス|팩스/i],
  ['cell', /\b(?:cell|mobile|cellular|wireless)\b|手機|手机|携帯|휴대/i],
  ['pager', /\b(?:pager|page)\b|呼叫器/i],
  ['home', /\bhome\b|住宅|自宅/i],
  ['work', /\b(?:work|office|business|direct(?:\s+(?:dial|line))?|desk)\b/i],
  // A conference call's number: "Dial In Number", "call-in", "bridge line".
  ['dial-in', /\b(?:dial|call)[\s-]?in\b|\bbridge\b|\bconference (?:line|number)\b/i],
];

/** The phone kinds a text names. */
export function phoneKinds(text: string): PhoneKind[] {
  return PHONE_KINDS.filter(([, pattern]) => pattern.test(text)).map(([kind]) => kind);
}

/** A kind of venue a question names ("which restaurant", "what golf course"). */
const VENUE_ASKED =
  /\b(?:which|what)\s+(?:(?:golf|country)\s+)?(restaurant|course|hotel|club|bar|caf[eé]|pub|inn|venue)\b/i;

/**
 * For a question that asks a kind of venue ("Which restaurant is the dinner at?"): false for a
 * sentence whose only place is a town ("Ines will be in Leeds"). A venue is named after "at",
 * by a name with its kind ("Lakeside Park Golf Course"), in a field ("Place: …") or by the noun asked.
 */
export function venueKindFits(question: string, text: string): boolean {
  const asked = VENUE_ASKED.exec(question)?.[1]?.toLowerCase();
  if (!asked) return true;
  const noun = asked === 'course' ? 'course' : asked;
  return (
    new RegExp(`\\b${noun}s?\\b`, 'i').test(text) ||
    PLACE_FIELD.test(text) ||
    /^\s*(?:location|address)\s*:\s*\S/i.test(text) ||
    /\b[A-Z][\p{L}'-]+\s+(?:Restaurant|Grill|Cafe|Café|Bistro|Club|Course|Inn|Hotel|Bar|Pub|Tavern|Steakhouse|Kitchen)\b/u.test(
      text,
    ) ||
    [...text.matchAll(/\bat\s+(?:the\s+)?([A-Z][\p{L}'-]+)/gu)].some(
      (match) => !NOT_NAMES.has(match[1] ?? '') && !GATHERINGS.test(match[1] ?? ''),
    )
  );
}

/** A gathering, not a venue: "at the Summit in Tromsø", "at the Assembly of Members". */
const GATHERINGS =
  /^(?:meetings?|congress(?:es)?|conferences?|sessions?|symposi(?:um|a)|assembl(?:y|ies)|summits?|workshops?|forums?|conventions?|councils?|hearings?|events?)$/i;

/**
 * For a question that asks one kind of phone line ("Bob's fax"): false for a line labelled
 * only with other kinds ("Home # - 281-…"), which is some other number, not the one asked.
 */
export function phoneKindFits(
  question: string,
  text: string,
  /** The kinds the other numbers of the same passage are labelled with. */
  labelledBeside: readonly PhoneKind[] = [],
): boolean {
  const asked = askedPhoneKinds(question);
  if (asked.length === 0) return true;
  const said = phoneLabel(text);
  // A conference number is often named further before it: "The dial-in number for the call today is …".
  if (
    said.length === 0 &&
    asked.includes('dial-in') &&
    phoneKinds(/^[^\d]*/.exec(text.normalize('NFKC'))?.[0] ?? '').includes('dial-in')
  )
    return true;
  // A fax, pager or dial-in number is always labelled as one; a line that names no kind is a voice line,
  // unless the passage labels its numbers and none as the kind asked: "reach me at …" above a
  // signature of "Direct Dial: …" and "Fax: …" is one of those lines, not a cell phone. Nor is
  // it when another line is labelled as the kind asked ("… 555-0100 (c)"): that line is the one.
  if (said.length === 0)
    return (
      !asked.every((kind) => kind === 'fax' || kind === 'pager' || kind === 'dial-in') &&
      labelledBeside.length === 0
    );
  return said.some((kind) => asked.includes(kind));
}

/** Words before "code" that say nothing of which code: "my access code", "the dial-in code". */
const NOT_CODE_KINDS = new Set(
  'zip postal area country access dial-in dial conference call meeting entry'.split(' '),
);
/** Words that end the name of a code, read backwards from "code": "what is the …", "for my …". */
const BEFORE_CODE_NAME = new Set(
  "the a an my our your his her their its this that which what what's whats is are was were for of to".split(
    ' ',
  ),
);

/** The kinds of code a question asks for: "the participant code for …" → participant, "the moderator dial-in code" → moderator. */
export function askedCodeKinds(question: string): string[] {
  const before = /\b((?:[\w'’-]+\s+){0,3}?)(?:code|passcode|pin)\b/i.exec(question)?.[1] ?? '';
  const words = before.toLowerCase().replace(/’/g, "'").split(/\s+/).filter(Boolean);
  const start = words.findLastIndex((word) => BEFORE_CODE_NAME.has(word)) + 1;
  return words.slice(start).filter((word) => !NOT_CODE_KINDS.has(word));
}

/**
 * Whether a line's codes are of the kind asked: a line that labels its codes ("Dial-in number:
 * …, Host code: 524932") answers "the participant code" only when one label names that kind.
 * A line without labels may hold it still.
 */
export function codeKindFits(question: string, text: string): boolean {
  const kinds = askedCodeKinds(question);
  if (kinds.length === 0) return true;
  const labels = [
    ...text.matchAll(
      /([\p{L}][\p{L}-]*)\s+(?:code|passcode|pin|number|no\.?|id|#)\s*(?:\([^)]*\)\s*)?[:#]/giu,
    ),
  ].map((match) => (match[1] ?? '').toLowerCase());
  return (
    labels.length === 0 || labels.some((label) => kinds.some((kind) => label.startsWith(kind.slice(0, 5))))
  );
}

/** The kinds of phone line a question asks for ("Bob's cell number" → cell); none for "phone". */
export function askedPhoneKinds(question: string): PhoneKind[] {
  return phoneKinds(
    question
      // "What number do I call in West Vale?": calling in a place, not a call-in line.
      .replace(CALL_IN_PLACE, ' ')
      .replace(/\b(?:phone|number|call)\b(?![\s-]?in\b)/gi, ' '),
  );
}

/** "call in West Vale", "dial in Norland": the verb, then where from (a capitalised name after "in"). */
const CALL_IN_PLACE = /\b(?:[Cc]all|[Dd]ial)\s+in\s+(?:the\s+)?(?=\p{Lu}\p{Ll})/gu;

/**
 * The kinds a line's label gives its number ("Cell # - 281-…" → cell), from the words just
 * before its first digit ("… please sign it and fax it to me at (512) 370-…" → fax).
 */
export function phoneLabel(text: string): PhoneKind[] {
  const normal = text.normalize('NFKC');
  // A label in parentheses right after the number is its own: "Desk (503) 555-0142 (c)" is a cell.
  const after = FIRST_NUMBER.exec(normal);
  const mark = after ? TRAILING_LABEL.exec(normal.slice(after.index + after[0].length))?.[1] : undefined;
  const kind = mark ? TRAILING_KINDS[mark.toLowerCase()] : undefined;
  if (kind) return [kind];
  const prefix = /^[^\d]*/.exec(normal)?.[0] ?? '';
  const before = prefix.slice(-40);
  // A signature's one-letter label before the number: "F. 203-977-0555", "M: 555 0100", "m 555 0100".
  const letter = LEADING_LETTER.exec(before)?.[1] ?? LONE_LETTER.exec(prefix)?.[1];
  const lettered = letter ? LETTER_KINDS[letter.toLowerCase()] : undefined;
  return lettered ? [lettered] : phoneKinds(before);
}

/** A one-letter label just before a number ("F. ", "M: ", "w) "); "P." and "T." may be any phone, so they say no kind. */
const LEADING_LETTER = /(?:^|[\s(])([FfMmCcHhWw])\s*[.:)]\s*\(?\s*$/;

/** A lone letter that is all of a line before its number: a signature's column of "w …", "f …", "m …". */
const LONE_LETTER = /^\s*([FfMmCcHhWw])\s+\(?$/;

const LETTER_KINDS: Readonly<Record<string, PhoneKind>> = {
  f: 'fax',
  m: 'cell',
  c: 'cell',
  h: 'home',
  w: 'work',
};

/** A line's first phone number, with or without its area code. */
const FIRST_NUMBER = /\(?\d{3}\)?[\s.-]?\d{3}[\s.-]\d{4}\b|(?<!\d)\d{3}[-.]\d{4}\b/;

/** A kind in parentheses written after a number: "(c)", "(h)", "(cell)", "(fax)". */
const TRAILING_LABEL = /^\s*\(\s*(c|m|h|w|o|f|p|cell|mobile|home|work|office|fax|pager)\s*\)/i;

const TRAILING_KINDS: Readonly<Record<string, PhoneKind>> = {
  c: 'cell',
  m: 'cell',
  cell: 'cell',
  mobile: 'cell',
  h: 'home',
  home: 'home',
  w: 'work',
  o: 'work',
  work: 'work',
  office: 'work',
  f: 'fax',
  fax: 'fax',
  p: 'pager',
  pager: 'pager',
};
