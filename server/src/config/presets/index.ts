// Built-in presets, selected with "extends": ["ageo-hoiku"]. Each is a RawConfig like a team file.
import type { RawConfig } from '../schema';

export const presets: Record<string, RawConfig> = {
  recommended: {},
};
