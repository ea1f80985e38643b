// Built-in presets, selected with "extends": ["ageo-hoiku"]. Each is a RawConfig like a team file.
import type { RawConfig } from '../schema';
import { ageoHoiku } from './ageoHoiku';
import { komaeKodomo } from './komaeKodomo';
import { recommended } from './recommended';

export const presets: Record<string, RawConfig> = {
  recommended,
  'ageo-hoiku': ageoHoiku,
  'komae-kodomo': komaeKodomo,
};
