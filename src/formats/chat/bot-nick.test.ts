import { describe, expect, it } from 'vitest';
import { isBotNick } from './bot-nick.ts';

describe('isBotNick', () => {
  it('knows a bot by "bot" standing as a word of its nick', () => {
    for (const nick of ['MinuteBot', 'zqbottu', 'zqbotu', 'PackBOT', 'build-bot', 'relay_bot2', 'QuayBot1'])
      expect(isBotNick(nick), nick).toBe(true);
  });

  it('takes no person for a bot whose name only ends in those letters', () => {
    for (const nick of ['Talbot', 'Abbot', 'quilla', 'tarrow42', 'botanist'])
      expect(isBotNick(nick), nick).toBe(false);
  });
});
