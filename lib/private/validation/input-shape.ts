import { INPUT_SHAPE_RULE } from './rules/input-shape';
import { StructShape } from './shapes/shape';
import { ViolationCollector } from './violation-collector';

/**
 * Checks props as received at run time against their struct's known keys and types
 * (CE-INPUT-SHAPE), so a JavaScript or Python caller's misspelt or snake_case key fails synth
 * instead of being dropped, and a wrong type never surfaces as a TypeError from deep inside.
 */
export function checkInputShape(collector: ViolationCollector, path: string, value: unknown, shape: StructShape, prefix = ''): void {
  collector.check(path, [INPUT_SHAPE_RULE], { value: value ?? {}, shape }, prefix);
}
