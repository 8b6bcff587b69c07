/**
 * @module mail-address-asked
 * An e-mail address asked, in any of the languages the corpus holds ("What is Ana's email
 * address?", "Na jaki adres e-mail …?", "An welche E-Mail-Adresse …?", "¿A qué dirección de correo
 * …?", "どのメールアドレスに…？"), is answered only by a sentence that writes one: "Topic: the
 * board meeting of the Orla rowing club." names what the address is for, not the address.
 */
import { withoutMarks } from './citations.ts';

/** Words that ask an e-mail address, not a mail: "email address", "adres e-mail", "E-Mail-Adresse", "Ana's work email?". */
const ADDRESS_ASKED = new RegExp(
  [
    String.raw`\be-?mail[\s-]?(?:address(?:es)?|adres(?:u|y|em)?|adress(?:e|en)?|adresa?)\b`,
    String.raw`\b(?:adres(?:u|y|em)?|adresse|adresa|address|dirección|direccion|endereço|indirizzo)\s+(?:de\s+|do\s+|di\s+)?(?:e-?mail|correo|courriel|posta elettronica|poczty e-?mail)\b`,
    String.raw`\badresse électronique\b|\bcorreo electrónico\b|\bадрес\w*\s+электронной\s+почты\b`,
    String.raw`'s\s+(?:(?:work|home|school|personal|office|business)\s+)?e-?mail\s*\??\s*$`,
    String.raw`メールアドレス|이메일\s?주소|邮箱地址|电子邮件地址|電子郵件地址`,
  ].join('|'),
  'iu',
);

/** An address given: "ana@example.org", or spelled out "ana at example dot org". */
const ADDRESS_GIVEN =
  /[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b[\w.+-]+\s+(?:at|\[at\]|\(at\))\s+[\w-]+\s+(?:dot|\[dot\]|\(dot\))\s+\w+/iu;

/** True when the question asks an e-mail address and the answer writes none. */
export function mailAddressMissing(question: string, answer: string): boolean {
  return ADDRESS_ASKED.test(question) && !ADDRESS_GIVEN.test(withoutMarks(answer).normalize('NFKC'));
}
