import { describe, expect, it } from 'vitest';
import { noAnswerMessage, questionLanguage } from './messages.ts';

describe('questionLanguage', () => {
  it('tells Russian, German, French and Spanish questions by their words or their question word', () => {
    expect(questionLanguage('Когда открывается гончарная мастерская?')).toBe('ru');
    expect(questionLanguage('Wann ist die Töpferwerkstatt geöffnet?')).toBe('de');
    expect(questionLanguage("Quand a lieu l'atelier ?")).toBe('fr');
    expect(questionLanguage('¿Dónde está el taller?')).toBe('es');
  });

  it('tells a Spanish question from a French one by how it opens when their shared words tie', () => {
    // "la" and "de" are French and Spanish function words alike: before, this was answered in French.
    expect(questionLanguage('¿Quién escribió sobre la demora de la alfarería?')).toBe('es');
    expect(noAnswerMessage('¿Quién escribió sobre la demora de la alfarería?')).toMatch(/^No encontré nada/);
    expect(questionLanguage('Qui a écrit sur la fermeture de la poterie ?')).toBe('fr');
  });

  it('keeps an English question English, a German name or a leading "Was" in it included', () => {
    expect(questionLanguage('What did Jörg Hübner say about the kiln?')).toBe('en');
    expect(questionLanguage('Was the glaze order moved?')).toBe('en');
    expect(questionLanguage('When is the pottery fair?')).toBe('en');
  });

  it('tells a German question by a question word English lacks, when its other words are too few to tell', () => {
    expect(questionLanguage('Wer hat die Notiz über Glasuren geschickt?')).toBe('de');
    expect(questionLanguage('Welche Angebote hat Frau Lindqvist gemeldet?')).toBe('de');
    expect(questionLanguage('Wo ist Brennofen 3?')).toBe('de');
    expect(questionLanguage('Where is kiln 3?')).toBe('en');
    expect(questionLanguage('Wessex pottery orders?')).toBe('en');
  });
});

describe('noAnswerMessage', () => {
  it("answers in the question's language", () => {
    expect(noAnswerMessage('Когда открывается гончарная мастерская?')).toMatch(/^В проиндексированных/);
    expect(noAnswerMessage("Quand a lieu l'atelier ?")).toMatch(/^Je n'ai rien trouvé/);
    expect(noAnswerMessage('When is the pottery fair?')).toBe(
      'I found nothing in your indexed work that answers this.',
    );
  });
});
