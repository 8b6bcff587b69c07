/**
 * @module bulk-mail
 * Mail no person wrote to the reader: newsletters, marketing, list traffic and automated
 * notifications. Recognised by headers (List-Unsubscribe, List-Id, Precedence, Auto-Submitted),
 * by sender patterns (no-reply, subscriptions, system senders) and by content (unsubscribe
 * footers, "automated notification", image-only marketing). Such mail never needs a reply and
 * is never a source for summaries or drafts.
 */
import type { Message } from '../../formats/model.ts';

export type BulkKind = 'newsletter' | 'automated';

type Rule = {
  readonly kind: BulkKind;
  readonly reason: string;
  readonly test: (message: Message) => boolean;
};

const header = (message: Message, name: string): string => {
  for (const [key, value] of Object.entries(message.headers)) if (key.toLowerCase() === name) return value;
  return '';
};
const localPart = (message: Message) => (message.from?.address ?? '').toLowerCase().split('@')[0] ?? '';
/** The local part and its dotted or dashed pieces ("store-news" → store, news; "online.service" → online, service). */
const senderWords = (message: Message) => {
  const local = localPart(message);
  return [local, ...local.split(/[._+-]+/).filter((word) => word.length > 2)];
};
const sender = (message: Message) => (message.from?.address ?? '').toLowerCase();
const head = (message: Message) => `${message.subject}\n${message.text.slice(0, 4000)}`;

const NEWSLETTER_SENDER =
  /^(?:newsletters?|news|updates?|marketing|mailer|mailings?|subscriptions?|digest|offers|exclusive_offers|promo(?:tions)?|deals|delivers|gift|rewards?|prizes?|prizemachine|specials|info|editor|ei_editor|webmaster|unsubscribe\b.*|.*_daily|.*daily)$/;
const NEWSLETTER_DOMAIN =
  /(^|[.@-])(?:lists?|listserv|zdlists|newsletters?|mailings?|e?news|promo|offers|marketing)[.-]/;
const AUTOMATED_SENDER =
  /^(?:no-?reply|do-?not-?reply|donotreply|noreply|notifications?|alerts?|arsystem|system|automated|postmaster|mailer-daemon|bounces?|no\.address|.*_update|calendar|scheduler|helpdesk|it\.?support|e-?services?|services?|notices?|e-?delivery|e-?statements?|customer-?service|customer-?care|reservations?|bookings?|orders?|\w+orders|billing|receipts?|shipping|confirmations?)$/;
/** Credentials handed out: a "User ID:" or "Password:" field, or "your user name and password are…". */
const CREDENTIALS =
  /^\s*(?:user ?(?:name|id)|log-?in(?: id)?|password)\s*:\s*\S|\byour (?:[\w-]+ ){0,3}(?:user ?(?:name|id)|password)s?(?: and password)? (?:(?:for|on) [^.:\n]{1,60} )?(?:has|have|is|are)\b/im;
/** A greeting in directory form ("LEE, ANN M,"): a system filled in the reader's record, no person wrote it. */
const MAIL_MERGE_GREETING = /^\s*\p{Lu}[\p{Lu}'-]+,\s*\p{Lu}[\p{Lu}'-]+(?:\s+\p{Lu}\.?)?\s*[,:]?\s*$/mu;
/** A flyer: a long message most of whose lines are centred (set in from the left by ten spaces or more). */
function flyerLayout(text: string): boolean {
  const lines = text.split('\n').filter((line) => line.trim());
  if (lines.length < 60) return false;
  const centred = lines.filter(
    (line) => /^ {10,}\S/.test(line.replace(/\t/g, '        ')) && line.trim().length < 70,
  );
  return centred.length / lines.length >= 0.4;
}
/** A page's source sent as the text ("<!--paste it in…-->", "<html>", "<body bgcolor=…>"): a mass mailing, never a person's note. */
const RAW_HTML = /<!--|<(?:html|head|body|table)\b[^>]*>/i;
const firstLine = (message: Message) => message.text.trim().split('\n')[0] ?? '';
const AUTOMATED_DOMAIN = /(^|[.@])(?:mailman|notifications?|alerts?|workplace|concur\w*)\./;

const RULES: readonly Rule[] = [
  {
    kind: 'newsletter',
    reason: 'a mailing-list header (List-Unsubscribe or List-Id)',
    test: (m) => Boolean(header(m, 'list-unsubscribe') || header(m, 'list-id')),
  },
  {
    kind: 'newsletter',
    reason: 'Precedence: bulk',
    test: (m) => /^(?:bulk|list|junk)$/i.test(header(m, 'precedence').trim()),
  },
  {
    kind: 'automated',
    reason: 'an Auto-Submitted header',
    test: (m) => /^auto-/i.test(header(m, 'auto-submitted').trim()),
  },
  {
    kind: 'automated',
    reason: 'an automated sender',
    test: (m) =>
      senderWords(m).some((word) => AUTOMATED_SENDER.test(word)) || AUTOMATED_DOMAIN.test(sender(m)),
  },
  {
    kind: 'newsletter',
    reason: 'a newsletter or marketing sender',
    test: (m) =>
      senderWords(m).some((word) => NEWSLETTER_SENDER.test(word)) || NEWSLETTER_DOMAIN.test(sender(m)),
  },
  {
    kind: 'automated',
    reason: 'an automated notification',
    test: (m) =>
      /\b(?:automated (?:notification|message|e-?mail)|this (?:is an )?(?:automatic|automated)|pending your approval|awaiting your approval|do not reply to this|this e-?mail was sent (?:automatically|by)|system generated)\b/i.test(
        head(m),
      ),
  },
  {
    kind: 'automated',
    reason: 'an account notice (a user name or password given)',
    test: (m) => CREDENTIALS.test(m.text),
  },
  {
    kind: 'automated',
    reason: 'a greeting filled in from a directory record',
    test: (m) => MAIL_MERGE_GREETING.test(firstLine(m)),
  },
  {
    kind: 'newsletter',
    reason:
      'marketing or list content (unsubscribe footer, offers, a flyer, HTML source sent as text, a greeting to members)',
    test: (m) =>
      /\bunsubscribe\b|\bmanage (?:your )?(?:subscription|preferences)\b|\bview (?:this|it) in your browser\b|\bstop receiving\b|\bif you cannot read this e-?mail\b|\byou (?:received|are receiving) this (?:e-?mail|message) because\b|\bremove (?:e-?mail|me)\b.{0,30}\bsubject\b|\brather not receive future e-?mails\b|\bas a (?:valued |premium )?subscriber\b|^\s*dear (?:[\w.&'-]+ ){0,4}(?:member|subscriber|client|customer|shareholder|cardholder|investor)s?\b|^\s*(?:hello |hi |greetings,? )?(?:valued |fellow |club )?(?:members|subscribers|customers|shareholders|cardholders|guests|patrons)\s*[,:!]/i.test(
        m.text.replace(/[ \t]+/g, ' '),
      ) ||
      /\b(?:free shipping|shop (?:now|today)|limited time|special offer|act now|win up to|chances to win|coupons?|free\*? reward|you(?:'ve| have) been (?:specially )?selected (?:to (?:receive|win|get)|for (?:a|an|our|this) (?:special|exclusive|free|offer|prize|trial|discount))|for immediate release|early bird (?:discount|rate|registration|pricing)|register (?:now|today|online)|one[- ]time (?:only )?e-?mail)\b/i.test(
        head(m),
      ) ||
      (m.text.match(/\[IMAGE\]/g)?.length ?? 0) >= 4 ||
      RAW_HTML.test(m.text.slice(0, 4000)) ||
      flyerLayout(m.text),
  },
  // After marketing: a shop's newsletter also thanks for orders.
  {
    kind: 'automated',
    reason: 'an order, booking or purchase notice',
    test: (m) =>
      /\b(?:your (?:order|reservation|booking|shipment|payment)\b[^.?!\n]{0,40}\b(?:has been|was|is) (?:shipped|confirmed|received|processed|dispatched)|proof of purchase|(?:order|reservation|booking) confirmation number|thank you for (?:shopping|your (?:online )?(?:order|purchase))|(?:details|status|receipt) (?:of|for) your [\w\s]{0,40}\b(?:order|purchase)|your [\w\s]{0,30}\border (?:#|no\.?|number)\s*\d)\b/i.test(
        head(m),
      ),
  },
];

/** Why a message is bulk or automated mail, or undefined for mail a person wrote. */
export function bulkMail(message: Message): { kind: BulkKind; reason: string } | undefined {
  const rule = RULES.find((item) => item.test(message));
  return rule ? { kind: rule.kind, reason: rule.reason } : undefined;
}

export function isBulkMail(message: Message): boolean {
  return bulkMail(message) !== undefined;
}

/** The list robot's own addresses beside a list's: "owner-walkers@…", "walkers-owner@…", "walkers-request@…". */
const LIST_ROBOT = /^(?:owner-(.+)|(.+)-(?:owner|request|bounces))$/;

/**
 * Addresses of mailing lists among these messages: one whose list robot wrote or sent one of
 * them (From or Sender "owner-walkers@…" makes walkers@… a list), or that a List-Post header
 * names. Mail to a list is read by its members; the list is never the reader.
 */
export function listAddresses(messages: readonly Message[]): Set<string> {
  const lists = new Set<string>();
  for (const message of messages) {
    const senders = [message.from?.address ?? '', header(message, 'sender')];
    for (const written of senders) {
      const address = /[^\s<>"]+@[^\s<>"]+/.exec(written.toLowerCase())?.[0];
      const [local, domain] = address?.split('@') ?? [];
      const match = local ? LIST_ROBOT.exec(local) : null;
      const name = match?.[1] ?? match?.[2];
      if (name && domain) lists.add(`${name}@${domain}`);
    }
    const post = /mailto:([^\s<>?]+)/i.exec(header(message, 'list-post'))?.[1];
    if (post) lists.add(post.toLowerCase());
  }
  return lists;
}
