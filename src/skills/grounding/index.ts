/**
 * @module grounding
 * What a skill's model path uses to keep a model's words tied to the user's files: the
 * grounded-answer schema and its check, the lexical support test, the kept-facts test for
 * rewrites, citations read from free text, the shared prompt sentences and fallback warnings.
 * See docs/models.md, "Skills with a model".
 */
export { modelFailedWarning, modelRejectedWarning } from './fallback-warnings.ts';
export {
  checkGroundedAnswer,
  type DroppedSentence,
  fallbackReason,
  GROUNDED_ANSWER_IN_WORDS,
  GroundedAnswer,
  type GroundedSentence,
  type GroundingCheck,
  type GroundingOptions,
  type Passage,
} from './grounded-answer.ts';
export { checkKeptFacts, type FactCheck, type Facts, factsOf } from './kept-facts.ts';
export {
  lexicalSupport,
  normalizeNumber,
  numbersOf,
  type Support,
  type SupportOptions,
} from './lexical-support.ts';
export { cleanModelText } from './model-text.ts';
export { type PassagePrompt, type PromptPassage, passagePromptParts } from './passage-prompt.ts';
export { cjkLanguageOf, languageRule, todayRule } from './prompt-rules.ts';
export { type CitedSentence, parseCitedText } from './text-citations.ts';
