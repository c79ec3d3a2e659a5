/**
 * The model a lesson runs on: the default model plus the lesson's declared additions
 * (front matter `model:`), or undefined (the simulator's default) when it declares none.
 */
import { defaultModel } from '../sim/data/model.ts';
import type { ModelDef } from '../sim/data/modelTypes.ts';
import { applyModelPatch } from '../lessons/modelPatch.ts';
import type { ModelPatch } from '../lessons/types.ts';

export function modelForLesson(lesson: { model?: ModelPatch } | undefined): ModelDef | undefined {
  return lesson?.model ? applyModelPatch(defaultModel, lesson.model) : undefined;
}
