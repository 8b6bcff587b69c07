/**
 * @module bot-nick
 * Whether a chat nick is a bot's, as channels name them ("MootBot", "ubottu", "ubotu", "FloodBot1",
 * "build-bot"): a bot echoes what people typed (topics, actions, bug titles) or answers a command
 * with a canned text, so it is nobody's turn and no person. "Bot" must stand as a word of the
 * nick (capitalised after lower case, in capitals, after a separator, or with the "u"/"tu" ending
 * of Ubuntu's bots), so that a person named Talbot or Abbot still speaks.
 */
const BOT_NAMES: readonly RegExp[] = [/[a-z\d]Bot\d*$/, /BOT\d*$/, /(?:^|[-_.|])bot\d*$/i, /bot+u$/i];

export function isBotNick(nick: string): boolean {
  const name = nick.trim();
  return BOT_NAMES.some((pattern) => pattern.test(name));
}
