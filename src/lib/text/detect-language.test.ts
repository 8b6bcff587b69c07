import { describe, expect, it } from 'vitest';
import { detectLanguage, isCjkLanguage } from './detect-language.ts';

describe('detectLanguage', () => {
  it.each([
    ['The committee reviewed the budget and agreed that the plan is sound.', 'en'],
    ['Der Ausschuss hat den Haushalt geprüft und ist mit dem Plan nicht einverstanden.', 'de'],
    ['Le comité a examiné le budget et les dépenses de la région pour le trimestre.', 'fr'],
    ['El comité revisó el presupuesto de la ciudad y los gastos para el año.', 'es'],
    ['本公司将于下个月发布新的产品，这个计划已经过董事会批准。', 'zh-Hans'],
    ['本公司將於下個月發佈新的產品，這個計劃已經過董事會批准。', 'zh-Hant'],
    ['リニューアルプロポーザルの募集要項について説明します。', 'ja'],
    ['회의에서 예산 계획을 검토하고 다음 단계를 결정했습니다.', 'ko'],
    ['Комитет рассмотрел бюджет и одобрил план на следующий год, как и ожидалось.', 'ru'],
  ])('%s → %s', (text, tag) => {
    expect(detectLanguage(text)).toBe(tag);
  });

  it('tells Indonesian by its function words when no other Latin language stands out', () => {
    expect(
      detectLanguage('Laporan ini dibuat oleh tim Sarvela untuk rapat dengan dewan pada bulan Maret.'),
    ).toBe('id');
    expect(detectLanguage('Siapa yang memimpin rapat di kantor Sarvela?')).toBe('id');
  });

  it('leaves to the other Latin languages a text whose function words they share', () => {
    expect(
      detectLanguage('Il direttore di Sarvela e la segretaria della sede di Torino sono in riunione.'),
    ).toBe('it');
  });

  it('says "und" when there is nothing to go on', () => {
    expect(detectLanguage('12 345 — 678')).toBe('und');
    expect(detectLanguage('')).toBe('und');
  });

  it('marks the CJK tags', () => {
    expect(isCjkLanguage('ja')).toBe(true);
    expect(isCjkLanguage('de')).toBe(false);
  });
});
