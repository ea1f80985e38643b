// Hostile inputs shared by the unit, CLI and protocol tests of issue 14.

/** A 4-line YAML whose aliases expand to 101 × 101 nodes (the yaml library's alias limit throws from toJS()). */
export const YAML_ALIAS_BOMB = `a: &a [x]\nb: &b [${Array(101).fill('*a').join(',')}]\nc: [${Array(101).fill('*b').join(',')}]\nd: 1\n`;
