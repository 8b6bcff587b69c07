/** One message as an mbox file writes it (a "From " line, headers, a blank line, the body), for tests. */
export function mboxMessage(
  id: string,
  date: string,
  from: string,
  to: string,
  subject: string,
  body: string,
): string {
  return [
    `From ${/<([^>]+)>/.exec(from)?.[1] ?? from} ${new Date(date).toUTCString()}`,
    `Message-ID: <${id}@example.com>`,
    `Date: ${new Date(date).toUTCString()}`,
    `From: ${from}`,
    `To: ${to}`,
    `Subject: ${subject}`,
    '',
    body,
    '',
  ].join('\n');
}
