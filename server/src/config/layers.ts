// How built-in presets become config layers, shared by the loader and the server's quick first pass (which
// must resolve a team config's preset `extends` exactly as the loader does, without loading zod).
import { presets } from './presets';
import type { RawConfig } from './schema';

/** One contribution to the effective config: a preset (`preset:NAME`) or a file (absolute path), applied in order. */
export interface Layer {
  raw: RawConfig;
  source: string;
}

/** A preset and the presets it extends (presets may only extend presets; cycles are cut). */
export function presetLayers(name: string, seen: string[]): Layer[] {
  const preset = presets[name];
  if (!preset || seen.includes(name)) return [];
  const inner = (preset.extends ?? []).filter(isPresetName).flatMap((n) => presetLayers(n, [...seen, name]));
  return [...inner, { raw: preset, source: `preset:${name}` }];
}

export function isPresetName(entry: string): boolean {
  return !/[\\/.]/.test(entry);
}

/**
 * Each file or preset once, at its last occurrence: the effective value of every setting is the same as
 * applying them all in order (the last application of a layer wins), and a diamond stays linear.
 */
export function dedupeLayers(layers: Layer[]): Layer[] {
  const last = new Map<string, number>();
  layers.forEach((l, i) => last.set(l.source, i));
  return layers.filter((l, i) => last.get(l.source) === i);
}
