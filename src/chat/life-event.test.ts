import { describe, expect, it } from 'vitest';
import { lifeEventAsked, lifeEventUnsaid, lifeSpanForOtherYear } from './life-event.ts';
import { unsoundAnswer } from './unsound-answer.ts';

describe('lifeEventAsked', () => {
  it('tells a death or a birth whose time is asked, in several languages', () => {
    expect(lifeEventAsked('In which year did Ada Quell die?')).toBe('death');
    expect(lifeEventAsked('В каком году умер писатель Пётр Орлов?')).toBe('death');
    expect(lifeEventAsked('Wann ist Mira Lenz gestorben?')).toBe('death');
    expect(lifeEventAsked('¿En qué año nació Tomás Vela?')).toBe('birth');
    expect(lifeEventAsked('When was Ilse Brandt born?')).toBe('birth');
  });

  it('leaves alone a German article, a first name and a question that asks no time', () => {
    expect(lifeEventAsked('Wann schließt die Bibliothek am Freitag?')).toBeUndefined();
    expect(lifeEventAsked('When did Tod Marsh send the draft?')).toBeUndefined();
    expect(lifeEventAsked('Why did Ada Quell die so young?')).toBeUndefined();
    expect(lifeEventAsked('When did NATO hold the summit?')).toBeUndefined();
  });
});

describe('lifeEventUnsaid', () => {
  it('flags a year of something else the person did for the year of their death', () => {
    expect(
      lifeEventUnsaid(
        'In which year did Ada Quell die?',
        'Mit der Gründung der Klinik Sonnhof in Vellach 1958 durch die Ärztin Ada Quell begann die Arbeit. [1]',
      ),
    ).toBe(true);
    expect(
      lifeEventUnsaid(
        'В каком году умер писатель Пётр Орлов?',
        '75 лет со дня рождения русского писателя Петра Орлова (1949): 12. [1]',
      ),
    ).toBe(true);
  });

  it("keeps a record's birth field and a line that tells of a birth or death in Indonesian", () => {
    expect(lifeEventUnsaid('When was Sari Wulandari born?', 'TTL : Medan, 4 Maret 1990. [1]')).toBe(false);
    expect(lifeEventUnsaid('When was Sari Wulandari born?', 'DOB: 1990-03-04 [1]')).toBe(false);
    expect(lifeEventUnsaid('When was Sari Wulandari born?', 'Sari lahir di Medan tahun 1990. [1]')).toBe(
      false,
    );
    expect(lifeEventUnsaid('In which year did Sari Wulandari die?', 'Sari wafat pada 2011. [1]')).toBe(false);
    expect(lifeEventUnsaid('When was Sari Wulandari born?', 'Kelas : 4 Maret 1990. [1]')).toBe(true);
  });

  it('keeps a line that tells of the death, or gives a life span', () => {
    expect(
      lifeEventUnsaid('In which year did Ada Quell die?', 'Ada Quell died in Vellach in 1991. [1]'),
    ).toBe(false);
    expect(
      lifeEventUnsaid(
        'В каком году умер писатель Пётр Орлов?',
        '120 лет со дня рождения писателя Петра Орлова (1904-1977): 8. [1]',
      ),
    ).toBe(false);
    expect(
      lifeEventUnsaid('¿En qué año nació Tomás Vela?', 'Tomás Vela nació en Ribaltes en 1931. [1]'),
    ).toBe(false);
  });

  it('is one of the unsound-answer rules', () => {
    expect(
      unsoundAnswer('When did Ilse Brandt die?', 'Ilse Brandt opened the Harrow Lane school in 1962. [1]'),
    ).toBe('no word of the death or birth whose time is asked');
  });
});

describe('lifeSpanForOtherYear', () => {
  it('refuses a life span for the year of another act', () => {
    expect(
      lifeSpanForOtherYear(
        'In welchem Jahr promovierte Ines Varga laut dem Orla-Forum?',
        'Das Blaue Heft von Ines Varga (1881–1957) wurde erst 40 Jahre nach ihrem Tod gedruckt. [1]',
      ),
    ).toBe(true);
    expect(
      lifeSpanForOtherYear(
        'In which year did Ines Varga qualify as a lecturer?',
        'Ines Varga (1881–1957) qualified as a lecturer in Velm in 1909. [1]',
      ),
    ).toBe(false);
  });

  it('leaves a death or birth asked to the life event checks', () => {
    expect(
      lifeSpanForOtherYear(
        'In which year did Ines Varga die?',
        'Ines Varga (1881–1957) wrote two books. [1]',
      ),
    ).toBe(false);
  });
});
