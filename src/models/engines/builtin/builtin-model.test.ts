import { runLanguageModelContract } from '../../language-model.contract.ts';
import { createBuiltinModel } from './builtin-model.ts';

runLanguageModelContract({ name: 'builtin', create: createBuiltinModel, generates: false });
