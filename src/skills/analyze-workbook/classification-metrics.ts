/**
 * @module classification-metrics
 * Scores of binary predictions against the true labels (1 the positive class), as scikit-learn's
 * accuracy_score, precision_score, recall_score and f1_score give them. A ratio with nothing to
 * divide by (no predicted positives for precision) is NaN, not scikit-learn's warned 0.
 */

export type Confusion = {
  readonly truePositives: number;
  readonly falsePositives: number;
  readonly trueNegatives: number;
  readonly falseNegatives: number;
};

export type ClassificationScores = Confusion & {
  readonly accuracy: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly specificity: number;
};

/** The confusion counts and scores of `predicted` against `actual`, item by item. */
export function classificationScores(
  actual: readonly (0 | 1)[],
  predicted: readonly (0 | 1)[],
): ClassificationScores {
  let truePositives = 0;
  let falsePositives = 0;
  let trueNegatives = 0;
  let falseNegatives = 0;
  for (const [index, label] of actual.entries()) {
    const guess = predicted[index];
    if (label === 1 && guess === 1) truePositives++;
    else if (label === 0 && guess === 1) falsePositives++;
    else if (label === 0 && guess === 0) trueNegatives++;
    else falseNegatives++;
  }
  const ratio = (part: number, whole: number) => (whole > 0 ? part / whole : Number.NaN);
  const precision = ratio(truePositives, truePositives + falsePositives);
  const recall = ratio(truePositives, truePositives + falseNegatives);
  return {
    truePositives,
    falsePositives,
    trueNegatives,
    falseNegatives,
    accuracy: ratio(truePositives + trueNegatives, actual.length),
    precision,
    recall,
    f1: ratio(2 * truePositives, 2 * truePositives + falsePositives + falseNegatives),
    specificity: ratio(trueNegatives, trueNegatives + falsePositives),
  };
}
