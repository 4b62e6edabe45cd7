/**
 * Disjoint sets over 0…n−1 with path halving and union by size; the smaller index of
 * two roots of equal size wins, so that results do not depend on the order of unions.
 */
export class UnionFind {
  private readonly parent: Int32Array;
  private readonly size: Int32Array;

  /**
   * Starts with every element in a set of its own.
   *
   * @param count - the number of elements
   */
  constructor(count: number) {
    this.parent = new Int32Array(count);
    this.size = new Int32Array(count).fill(1);
    for (let index = 0; index < count; index++) this.parent[index] = index;
  }

  /**
   * The representative of an element's set.
   *
   * @param element - an element
   * @returns its set's representative
   */
  find(element: number): number {
    let current = element;
    while (this.parent[current] !== current) {
      const grand = this.parent[this.parent[current] as number] as number;
      this.parent[current] = grand;
      current = grand;
    }
    return current;
  }

  /**
   * Joins two elements' sets.
   *
   * @param left - an element
   * @param right - another
   * @returns true when they were in different sets
   */
  union(left: number, right: number): boolean {
    let a = this.find(left);
    let b = this.find(right);
    if (a === b) return false;
    const sizeA = this.size[a] as number;
    const sizeB = this.size[b] as number;
    if (sizeA < sizeB || (sizeA === sizeB && b < a)) [a, b] = [b, a];
    this.parent[b] = a;
    this.size[a] = sizeA + sizeB;
    return true;
  }
}
