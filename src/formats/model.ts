/**
 * @module model
 * The typed models every reader produces and every writer consumes. They are plain data
 * (JSON-serialisable except image bytes), so skills can be tested without any file format.
 *
 * Every block carries a Locator: where in the source it came from, so a citation can point
 * at it (page/paragraph, slide, sheet!range, message-id, transcript turn and time).
 */

/** Where a piece of content lives in its source. All numbers are 1-based except `turn` (0-based, as in QMSum). */
export type Locator = {
  readonly page?: number;
  readonly paragraph?: number;
  readonly slide?: number;
  readonly sheet?: string;
  /** A1-style range, e.g. "A1:D20". */
  readonly range?: string;
  readonly messageId?: string;
  /** A message quoted under a mail's own words: 1 for the newest quoted one. */
  readonly quote?: number;
  readonly eventUid?: string;
  readonly turn?: number;
  /** Transcript time in seconds from the start of the meeting. */
  readonly start?: number;
  readonly end?: number;
  readonly line?: number;
};

export type Run = {
  readonly text: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly underline?: boolean;
  readonly strike?: boolean;
  readonly link?: string;
};

export type TableCell = {
  readonly text: string;
  readonly colSpan?: number;
  readonly rowSpan?: number;
  /** True on the cells covered by a merge (their text is empty). */
  readonly merged?: boolean;
};

export type ChartSeries = {
  readonly name: string;
  readonly categories: readonly string[];
  readonly values: readonly (number | null)[];
};

export type Block =
  | {
      readonly kind: 'heading';
      readonly level: number;
      readonly text: string;
      readonly runs?: readonly Run[];
      readonly locator: Locator;
    }
  | {
      readonly kind: 'paragraph';
      readonly text: string;
      readonly runs?: readonly Run[];
      readonly style?: string;
      /** Paragraph indentation level inside a slide text frame (0-based). */
      readonly level?: number;
      readonly direction?: 'ltr' | 'rtl';
      readonly locator: Locator;
    }
  | {
      readonly kind: 'list-item';
      readonly level: number;
      readonly ordered: boolean;
      readonly text: string;
      readonly runs?: readonly Run[];
      readonly locator: Locator;
    }
  | {
      readonly kind: 'table';
      readonly rows: readonly (readonly TableCell[])[];
      readonly caption?: string;
      readonly locator: Locator;
    }
  | {
      readonly kind: 'image';
      readonly contentType: string;
      readonly data: Uint8Array;
      readonly name?: string;
      readonly altText?: string;
      readonly widthPx?: number;
      readonly heightPx?: number;
      readonly locator: Locator;
    }
  | {
      readonly kind: 'chart';
      readonly chartType: string;
      readonly title?: string;
      readonly series: readonly ChartSeries[];
      readonly locator: Locator;
    }
  | {
      readonly kind: 'note';
      readonly noteKind: 'footnote' | 'endnote' | 'comment' | 'header' | 'footer' | 'textbox';
      readonly text: string;
      readonly author?: string;
      readonly locator: Locator;
    }
  | { readonly kind: 'quote'; readonly text: string; readonly locator: Locator }
  | { readonly kind: 'code'; readonly text: string; readonly language?: string; readonly locator: Locator };

export type BlockKind = Block['kind'];

export type DocumentMetadata = {
  readonly title?: string;
  readonly author?: string;
  readonly created?: string;
  readonly modified?: string;
  readonly language?: string;
};

/** Word, PDF, Markdown, HTML, plain text, ODT and legacy .doc all read into this. */
export type Document = {
  readonly type: 'document';
  readonly format: string;
  readonly metadata: DocumentMetadata;
  readonly blocks: readonly Block[];
  /** Pages, when the format has them (PDF). */
  readonly pageCount?: number;
};

export type CellValue = number | string | boolean | null;
export type CellType = 'number' | 'text' | 'boolean' | 'date' | 'error' | 'empty';

export type Cell = {
  readonly type: CellType;
  /** Dates are ISO 8601 strings (date or date-time); errors are their text ("#DIV/0!"). */
  readonly value: CellValue;
  readonly formula?: string;
  readonly numberFormat?: string;
  /** The value as displayed, when it differs from String(value). */
  readonly text?: string;
  /**
   * True when `text` is the value rendered by its number format (a workbook cell), not what the
   * source wrote (a CSV field "77%"): the stored value is then the data.
   */
  readonly formatted?: true;
};

export type Sheet = {
  readonly name: string;
  readonly hidden: boolean;
  /** Dense rows from A1; `null` for empty cells. Trailing empty rows and columns are trimmed. */
  readonly rows: readonly (readonly (Cell | null)[])[];
  readonly merges: readonly string[];
  readonly tables: readonly { readonly name: string; readonly range: string }[];
  /** Workbook names (Excel defined names) that refer to one block of this sheet, like "A1:C4". */
  readonly namedRanges?: readonly { readonly name: string; readonly range: string }[];
  readonly charts?: readonly Extract<Block, { kind: 'chart' }>[];
  /** Pivot tables placed on this sheet: their name and the range they occupy. */
  readonly pivots?: readonly { readonly name: string; readonly range?: string }[];
  /** Cell comments (notes): the cell they are on ("D1"), their author, their text. */
  readonly comments?: readonly { readonly ref: string; readonly author?: string; readonly text: string }[];
};

/** Excel, CSV/TSV, ODS and legacy .xls read into this. */
export type Workbook = {
  readonly type: 'workbook';
  readonly format: string;
  readonly metadata: DocumentMetadata;
  readonly date1904: boolean;
  readonly sheets: readonly Sheet[];
  readonly definedNames?: readonly { readonly name: string; readonly ref: string }[];
};

export type Slide = {
  /** 1-based position in the deck. */
  readonly index: number;
  readonly title?: string;
  readonly layout?: string;
  readonly hidden: boolean;
  readonly blocks: readonly Block[];
  readonly notes?: string;
  readonly transition?: string;
  /** Shape ids (or names) targeted by entrance animations, in build order. */
  readonly animations?: readonly string[];
};

export type Presentation = {
  readonly type: 'presentation';
  readonly format: string;
  readonly metadata: DocumentMetadata;
  readonly slides: readonly Slide[];
};

export type Address = { readonly name?: string; readonly address: string };

export type Attachment = {
  readonly filename: string;
  readonly contentType: string;
  readonly size: number;
  /** The attachment read through the formats layer, when it is a readable file. */
  readonly content?: ParsedFile;
  readonly error?: { readonly code: string; readonly message: string };
};

export type Message = {
  readonly type: 'message';
  readonly messageId: string;
  readonly subject: string;
  readonly from?: Address;
  readonly to: readonly Address[];
  readonly cc: readonly Address[];
  readonly bcc: readonly Address[];
  /** ISO 8601. */
  readonly date?: string;
  readonly inReplyTo?: string;
  readonly references: readonly string[];
  /** The new text of the message, with quoted replies and the signature removed. */
  readonly text: string;
  /** Quoted text from earlier messages, when present. */
  readonly quoted?: string;
  readonly signature?: string;
  readonly attachments: readonly Attachment[];
  readonly headers: Readonly<Record<string, string>>;
  readonly locator: Locator;
};

export type Mailbox = {
  readonly type: 'mailbox';
  readonly format: 'eml' | 'mbox' | 'maildir' | 'msg';
  readonly messages: readonly Message[];
};

export type Attendee = {
  readonly name?: string;
  readonly address: string;
  readonly role?: string;
  readonly status?: string;
  /** DELEGATED-TO: the addresses this attendee handed the invitation on to. */
  readonly delegatedTo?: readonly string[];
  /** MEMBER: the groups or lists (by address) this attendee takes part as a member of. */
  readonly memberOf?: readonly string[];
};

export type CalendarEvent = {
  readonly type: 'event';
  readonly uid: string;
  readonly summary: string;
  readonly description?: string;
  readonly location?: string;
  /** ISO 8601 in UTC for timed events ("2024-03-01T09:00:00Z"); a plain date for all-day events. */
  readonly start: string;
  readonly end: string;
  readonly allDay: boolean;
  /** The IANA zone the event was written in, when known. */
  readonly timeZone?: string;
  readonly organizer?: Attendee;
  readonly attendees: readonly Attendee[];
  /** RFC 7986 CONFERENCE: how to join (a dial-in, a video or chat link), with its label and features. */
  readonly conferences?: readonly {
    readonly uri: string;
    readonly label?: string;
    readonly features?: readonly string[];
  }[];
  /**
   * Its reminders (VALARM): when each goes off, as seconds before the start (or the end, with
   * `related: 'end'`; negative is after it) or at a moment of its own, what it says, and whom it
   * mails.
   */
  readonly alarms?: readonly {
    readonly before?: number;
    readonly related?: 'end';
    readonly at?: string;
    readonly description?: string;
    /** The addresses a reminder that goes out by e-mail is sent to. */
    readonly mailTo?: readonly string[];
  }[];
  /** Set on occurrences of a recurring event. */
  readonly recurrenceId?: string;
  readonly rrule?: string;
  /** Further RRULEs of the same series (RFC 5545 allows several): their occurrences join `rrule`'s. */
  readonly extraRules?: readonly string[];
  /** Start of a recurring series' first occurrence (its DTSTART), for expanding it around any date. */
  readonly seriesStart?: string;
  /** Starts the rule gives that are not held (EXDATE) or were moved (overridden occurrences). */
  readonly excluded?: readonly string[];
  /** Further starts of the series listed by RDATE (as `start` is written): occurrences beside its rules'. */
  readonly rdates?: readonly string[];
  readonly status?: string;
  /** CATEGORIES: the groups the event is filed under ("Business", "Human resources"), as written. */
  readonly categories?: readonly string[];
  /** ATTACH given as a link (a URI, not inline data): the documents the event carries. */
  readonly attachments?: readonly string[];
  readonly transparency?: 'opaque' | 'transparent';
  /** Set on a journal entry (VJOURNAL): notes placed at their day, not an appointment; start and end are that moment. */
  readonly journal?: true;
  /** Set on a to-do (VTODO): when it is due and when it was done; its start is DTSTART, else DUE, else COMPLETED. */
  readonly todo?: {
    readonly due?: string;
    readonly completed?: string;
    readonly percentComplete?: number;
  };
  readonly locator: Locator;
};

/** An event written without a start (no DTSTART): what it says, placed at no date. */
export type UndatedEvent = Pick<
  CalendarEvent,
  'uid' | 'summary' | 'description' | 'location' | 'organizer' | 'attendees' | 'conferences'
>;

/** One period of a free/busy list (a FREEBUSY value), ISO 8601 in UTC. */
export type BusyPeriod = {
  readonly start: string;
  readonly end: string;
  /** Its FBTYPE: busy (the default), busy and unavailable, tentatively busy, or free. */
  readonly kind: 'busy' | 'unavailable' | 'tentative' | 'free';
};

/** A free/busy list (VFREEBUSY) that gives periods: whose time it tells, and the periods. */
export type FreeBusy = {
  readonly uid: string;
  /** Whose time the periods are: the attendee a reply gives them for, else the organizer who publishes them. */
  readonly owner?: Attendee;
  readonly periods: readonly BusyPeriod[];
  readonly url?: string;
  readonly comment?: string;
};

export type Calendar = {
  readonly type: 'calendar';
  readonly format: 'ics';
  readonly name?: string;
  readonly method?: string;
  readonly events: readonly CalendarEvent[];
  /** Events written without a start (DTSTART): kept for what they say (people, dial-ins, notes). */
  readonly undated?: readonly UndatedEvent[];
  /** Free/busy lists with periods (VFREEBUSY): busy time published or sent in reply, not appointments. */
  readonly freeBusy?: readonly FreeBusy[];
  /** The window recurrences were expanded in. */
  readonly window: { readonly start: string; readonly end: string };
};

/** An address's parts as a card's ADR splits them. */
export type AddressParts = {
  readonly street?: string;
  readonly city?: string;
  readonly region?: string;
  readonly postalCode?: string;
  readonly country?: string;
  readonly type?: string;
};

export type Contact = {
  readonly type: 'contact';
  readonly fullName: string;
  readonly givenName?: string;
  readonly familyName?: string;
  readonly nickname?: string;
  readonly emails: readonly string[];
  /** The e-mail addresses whose card says what kind they are ("work", "home"), with that kind. */
  readonly emailKinds?: readonly { readonly value: string; readonly type: string }[];
  readonly phones: readonly { readonly type?: string; readonly value: string }[];
  readonly organization?: string;
  /** ORG's units after the organization's name ("Sales, EMEA"): the department, where the card names one. */
  readonly department?: string;
  readonly title?: string;
  /** ROLE: the part the person plays ("Project lead"), not their job title (TITLE). */
  readonly role?: string;
  /** Instant-messaging handles (IMPP, X-SKYPE, X-AIM…), with the service they are on ("skype", "aim"). */
  readonly ims?: readonly { readonly service: string; readonly value: string }[];
  /** CATEGORIES: the groups or tags the card is filed under ("VIP"). */
  readonly categories?: readonly string[];
  readonly addresses: readonly string[];
  /** The addresses whose card says what kind they are ("home", "work,postal"), with that kind. */
  readonly addressKinds?: readonly { readonly value: string; readonly type: string }[];
  /**
   * Each ADR's parts as the card splits them (street, city, region, postal code, country), with
   * its kind where TYPE says one; parts the card leaves empty are absent.
   */
  readonly addressParts?: readonly AddressParts[];
  readonly birthday?: string;
  /** ANNIVERSARY (vCard 4.0), as written ("20090808T1430-0500"). */
  readonly anniversary?: string;
  /** TZ: a zone name ("America/Montreal") or a UTC offset ("-05:00"). */
  readonly timeZone?: string;
  readonly note?: string;
  readonly urls: readonly string[];
  /** The web pages whose card says what kind they are ("work", "home"), with that kind. */
  readonly urlKinds?: readonly { readonly value: string; readonly type: string }[];
  /**
   * The card's other fields with a readable label ("mail program", "gender", "file as"), as
   * written; fields that hold only machine data (identifiers, tags, hashes) are not kept.
   */
  readonly fields?: readonly { readonly label: string; readonly value: string }[];
  /** People the card names by their relation to its person: manager, assistant, spouse, child… */
  readonly related?: readonly { readonly relation: string; readonly name: string }[];
  readonly locator: Locator;
};

export type ContactList = {
  readonly type: 'contacts';
  readonly format: 'vcf';
  readonly contacts: readonly Contact[];
};

export type Turn = {
  /** 0-based turn index. */
  readonly index: number;
  readonly speaker: string;
  /** Seconds from the start, when the source has times. */
  readonly start?: number;
  readonly end?: number;
  readonly text: string;
};

export type Transcript = {
  readonly type: 'transcript';
  /** 'chat': a chat log read as a transcript, one turn per message (`formats/chat/chat-transcript.ts`). */
  readonly format: 'vtt' | 'teams-docx' | 'qmsum' | 'text' | 'chat';
  readonly title?: string;
  /** ISO 8601 date of the meeting, when known. */
  readonly date?: string;
  readonly turns: readonly Turn[];
};

export type ChatMessage = {
  readonly index: number;
  readonly author: string;
  /** ISO 8601 or a time of day as written in the log. */
  readonly time?: string;
  readonly text: string;
  readonly replyTo?: number;
  readonly kind?: 'message' | 'action' | 'system';
};

export type Chat = {
  readonly type: 'chat';
  readonly format: 'officemate-chat-json' | 'irc';
  readonly title?: string;
  readonly channel?: string;
  readonly messages: readonly ChatMessage[];
};

export type ParsedFile =
  | Document
  | Workbook
  | Presentation
  | Mailbox
  | Calendar
  | ContactList
  | Transcript
  | Chat;
export type ParsedFileType = ParsedFile['type'];
