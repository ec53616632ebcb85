import safeRegex from 'safe-regex2';

/**
 * Whether a regular expression from a definition is safe to run on user input: it must compile as the
 * validator compiles it (Unicode mode), pass safe-regex2's star-height check, and have no construct that
 * check misses — back-references, or a repeated group with alternatives (`(a|a)*`), which can backtrack
 * exponentially. Refusing some safe patterns is the price of never running an unsafe one.
 */
export function checkRegexSafety(pattern: string): string | undefined {
  try {
    new RegExp(pattern, 'u');
  } catch {
    return 'is not a valid regular expression';
  }
  if (/\\[1-9]|\\k</.test(pattern)) return 'back-references are not allowed in regular expressions';
  if (!safeRegex(pattern) || hasRepeatedAlternation(pattern))
    return 'the regular expression may take exponential time (catastrophic backtracking)';
  return undefined;
}

/** A group that contains `|` and is repeated without bound (`*`, `+`, `{n,}`, `{n,m}`). */
function hasRepeatedAlternation(pattern: string): boolean {
  const groups: boolean[] = [];
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(') groups.push(false);
    else if (c === '|' && groups.length > 0) groups[groups.length - 1] = true;
    else if (c === ')') {
      const alternates = groups.pop() ?? false;
      // An inner group's alternation makes the outer group risky too.
      if (alternates && groups.length > 0) groups[groups.length - 1] = true;
      const rest = pattern.slice(i + 1);
      if (alternates && /^(?:[*+]|\{\d+,\d*\})/.test(rest)) return true;
    }
  }
  return false;
}
