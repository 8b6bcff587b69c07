import { describe, expect, it } from 'vitest';
import { csvToWorkbook } from '../../formats/csv/read-csv.ts';
import { toAppError } from '../../lib/errors.ts';
import { type AnalysisRequest, answerAnalysis } from './answer-analysis.ts';
import { headerRowTable } from './detect-tables.ts';
import { kendallTau } from './distribution-stats.ts';

// An invented loyalty-scheme table: every expected figure below is worked out by hand.
const CSV = `id,tier,member,renewed,spend,visits,joined
1,1,Yes,1,100,2,2021-01-05
2,1,No,0,80,3,2021-01-20
3,1,Yes,1,120,5,2021-02-03
4,2,Yes,0,40,1,2021-02-14
5,2,No,1,60,4,2021-03-01
6,2,Yes,1,50,2,2021-03-09
7,3,No,0,20,6,2022-01-11
8,3,No,0,29,1,2022-01-30
9,3,Yes,1,25,2,2022-02-02
10,3,No,1,45,3,2022-02-25
`;
const table = () => headerRowTable(csvToWorkbook(CSV, 'loyalty').sheets[0]!)!;
const ask = (request: AnalysisRequest) => answerAnalysis(table(), request);
const refusal = (request: AnalysisRequest) => {
  try {
    ask(request);
    return 'answered';
  } catch (thrown) {
    return toAppError(thrown).code;
  }
};

describe("Kendall's tau", () => {
  it('matches scipy.stats.kendalltau with ties (tau-b, asymptotic p)', () => {
    const { tau, p } = kendallTau([12, 2, 1, 12, 2], [1, 4, 7, 1, 0]);
    expect(tau).toBeCloseTo(-0.4714045, 6);
    expect(p).toBeCloseTo(0.2827455, 5);
  });
  it('answers a Kendall slot with tau, not Pearson r', () => {
    const answer = ask({
      question: 'What is the Kendall rank correlation between spend and visits?',
      format: '@kendall_tau[tau] rounded to four decimal places.',
    });
    expect(answer.planText).toMatch(/Kendall's tau-b correlation of spend and visits/);
  });
});

describe('conditions the question states', () => {
  it("compares each row with its own group's mean, not the overall mean", () => {
    const own = ask({
      question: 'How many customers spent more than the mean spend of their own tier?',
      format: '@count[number]',
    });
    expect(own.slots.count).toBe('3');
    expect(own.planText).toMatch(/mean spend of its tier group/);
    const overall = ask({
      question: 'How many customers have a spend greater than the mean spend?',
      format: '@count[n]',
    });
    expect(overall.slots.count).toBe('4');
  });
  it('refuses a comparison with a statistic it cannot compute', () => {
    expect(
      refusal({
        question: 'How many customers spent more than the median spend of their own region?',
        format: '@count[number]',
      }),
    ).toBe('unsupported');
  });
  it('takes a share over the base the other conditions leave', () => {
    const renewed = ask({
      question: 'What percentage of customers who are members renewed?',
      constraints: 'Consider members only, and count those with renewed equal to 1.',
      format: '@renewal_rate[percentage] rounded to two decimal places.',
    });
    expect(renewed.slots.renewal_rate).toBe('80.00');
    const visits = ask({
      question: 'What percentage of customers who are members have visits above 2?',
      format: '@pct[percentage] rounded to two decimal places.',
    });
    expect(visits.slots.pct).toBe('20.00');
  });
  it('reads negated flags, ordinals, stated years and mean plus k standard deviations', () => {
    expect(
      ask({
        question: 'What is the average spend of customers who did not renew?',
        format: '@avg_spend[mean]',
      }).slots.avg_spend,
    ).toBe('42.25');
    expect(
      ask({ question: 'What is the mean spend of customers in the first tier?', format: '@mean_spend[mean]' })
        .slots.mean_spend,
    ).toBe('100.00');
    expect(
      ask({ question: 'What was the average spend in 2022?', format: '@avg_spend_2022[mean]' }).slots
        .avg_spend_2022,
    ).toBe('29.75');
    // spend: mean 56.9, sample standard deviation 33.36; the bar is 90.26 (spends 100 and 120).
    expect(
      ask({
        question: 'How many customers have a spend higher than the mean spend plus one standard deviation?',
        format: '@count[n]',
      }).slots.count,
    ).toBe('2');
  });
});

describe('groups, months and new columns', () => {
  it('names the group that ranks highest and gives its score', () => {
    const mean = ask({
      question: 'Which tier has the highest average spend?',
      format: '@tier[tier] @avg_spend[mean] rounded to two decimal places.',
    });
    expect(mean.slots).toEqual({ tier: '1', avg_spend: '100.00' });
    const count = ask({
      question: 'Which tier has the most customers?',
      format: '@tier[tier] @customer_count[n]',
    });
    expect(count.slots).toEqual({ tier: '3', customer_count: '4' });
  });
  it('gives the month where a total peaks and its value', () => {
    const answer = ask({
      question: 'Which month had the highest total spend, and what was that total?',
      format: '@best_month[YYYY-MM] @best_total[value] rounded to one decimal place.',
    });
    expect(answer.slots).toEqual({ best_month: '2021-01', best_total: '180.0' });
  });
  it('builds a column from arithmetic, then filters and aggregates it', () => {
    const answer = ask({
      question:
        "Create a new column 'Effort' as visits plus 1. Then what is the mean spend of customers with Effort greater than 3?",
      format: '@mean_spend[mean] rounded to two decimal places.',
    });
    // Effort > 3 means visits 3, 5, 4, 6, 3: spends 80, 120, 60, 20, 45.
    expect(answer.slots.mean_spend).toBe('65.00');
    expect(answer.planText).toMatch(/Effort = visits \+ 1/);
  });
  it('counts what is left after outliers are removed, and reads abbreviated slot words', () => {
    const left = ask({
      question: 'Remove outliers in spend using the IQR method. How many customers remain?',
      format: '@remaining_count[n]',
    });
    expect(left.slots.remaining_count).toBe('10');
    const norm = ask({
      question: 'Is spend normally distributed?',
      constraints: 'Use the Shapiro-Wilk test at alpha 0.05.',
      format: '@spend_norm[verdict] where verdict is either "normal" or "not normal".',
    });
    expect(norm.planText).toMatch(/Shapiro-Wilk on spend/);
    expect(['normal', 'not normal']).toContain(norm.slots.spend_norm);
  });
});

describe('lists and identifiers', () => {
  it('lists the labels of the top rows by a measure, in order', () => {
    const answer = answerAnalysis(
      headerRowTable(
        csvToWorkbook('code,shop,sales\n11,Alder,30\n12,Birch,90\n13,Cedar,60\n14,Dogwood,75\n', 'shops')
          .sheets[0]!,
      )!,
      { question: 'Identify the top 2 shops with the highest sales.', format: '@top_shops[shop1, shop2]' },
    );
    expect(answer.slots.top_shops).toBe('Birch, Dogwood');
  });
  it('never takes a statistic of an identifier the slot does not name', () => {
    const code = refusal({ question: 'Which customer has the highest value?', format: '@best[value]' });
    expect(code).not.toBe('answered');
  });
});

describe('changes between two columns', () => {
  const shops = () =>
    headerRowTable(
      csvToWorkbook('shop,sales_2022,sales_2023\nAlder,100,150\nBirch,200,210\nCedar,50,40\n', 'shops')
        .sheets[0]!,
    )!;
  it('ranks rows by the increase from one column to another', () => {
    const answer = answerAnalysis(shops(), {
      question: 'Which shop had the largest increase in sales from sales_2022 to sales_2023?',
      format: '@shop[name]',
    });
    expect(answer.slots.shop).toBe('Alder');
  });
  it('averages the percentage change from one column to another', () => {
    const answer = answerAnalysis(shops(), {
      question: 'What is the mean percentage change from sales_2022 to sales_2023?',
      format: '@mean_pct_change[value] rounded to two decimal places.',
    });
    // (50% + 5% − 20%) / 3.
    expect(answer.slots.mean_pct_change).toBe('11.67');
  });
});

describe('a feature the question derives by arithmetic', () => {
  it('is refused when no step made it, rather than answered over one of its columns', () => {
    expect(
      refusal({
        // Before: "mean of spend over 10 values", 56.90, as if the feature were spend itself.
        question:
          'Perform feature engineering: create a feature representing the spend paid per household member. What is its mean?',
        format: '@mean_spend_per_member[mean], rounded to two decimal places.',
      }),
    ).toBe('unsupported');
    expect(
      refusal({
        question:
          'Engineer a "Loyalty" feature that adds the visits and the tier. What is its correlation with spend?',
        format: '@loyalty_spend_corr[r], rounded to two decimal places.',
      }),
    ).toBe('unsupported');
  });
  it('leaves a question that makes no feature to the other steps', () => {
    expect(
      refusal({ question: 'What is the mean spend per visit of tier 1?', format: '@mean_spend[mean]' }),
    ).toBe('answered');
  });
});
