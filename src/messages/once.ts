/**
 * A pure function of one object of the data (a condition, a list of ids), worked out once per
 * object: the words for a rule's own conditions are the same for every profile.
 */
export function oncePer<K extends object, V>(words: (key: K) => V): (key: K) => V {
  const known = new WeakMap<K, V>();
  return (key) => {
    let found = known.get(key);
    if (found === undefined) {
      found = words(key);
      known.set(key, found);
    }
    return found;
  };
}
