// Where in a file a problem is: from a text offset to a JSON path, from a path to a line and
// column, and from a path to the record (a feature or paragraph, by its id) and the field in it.
import { findNodeAtLocation, findNodeAtOffset, getNodePath, type Node } from 'jsonc-parser';
import { formatPath, type LocatedProblem, type Problem, type StoryFileKey } from './problems.ts';
import type { FileNames, Parsed } from './readFiles.ts';

/** The JSON path of the innermost value that starts at or contains `offset`. */
export function pathAt(tree: Node | undefined, offset: number): (string | number)[] {
  let node = tree ? findNodeAtOffset(tree, offset, true) : undefined;
  // An offset on a property's key means the property's value.
  if (node?.parent?.type === 'property' && node.parent.children?.[0] === node) node = node.parent.children[1];
  return node ? getNodePath(node) : [];
}

/** Finds the line and column of the value at `problem.path`, falling back to its nearest parent. */
export function locate(problem: Problem, file: Parsed, fileNames: FileNames): LocatedProblem {
  let node: Node | undefined;
  const path = [...problem.path];
  while (file.tree && !node) {
    node = findNodeAtLocation(file.tree, path);
    if (!node && path.length === 0) node = file.tree;
    if (!node) path.pop();
  }
  const { line, column } = lineColumn(file.text, node?.offset ?? 0);
  const { recordId, field } = splitRecord(problem, file.tree);
  return { ...problem, fileName: fileNames[problem.file], line, column, recordId, field };
}

/** Splits `features[3].properties.quotes[0].text` into the feature's id and the rest. */
export function splitRecord(problem: Problem, tree: Node | undefined): { recordId: string | null; field: string } {
  const [first, index, ...rest] = problem.path;
  const records = first === 'features' || first === 'paragraphs';
  if (records && typeof index === 'number' && tree) {
    // A feature written back by GDAL or QGIS holds its id in its properties (gisForm.ts).
    const idNode = findNodeAtLocation(tree, [first, index, 'id']) ?? findNodeAtLocation(tree, [first, index, 'properties', 'id']);
    const recordId = typeof idNode?.value === 'string' ? idNode.value : `${first === 'features' ? 'feature' : 'paragraph'} ${index + 1}`;
    return { recordId, field: formatPath(rest) };
  }
  return { recordId: null, field: formatPath(problem.path) };
}

export function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    if (text.charCodeAt(i) === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Problems in file order (story, article, places), then by line and column. */
export function sortProblems(problems: LocatedProblem[]): LocatedProblem[] {
  const order: Record<StoryFileKey, number> = { story: 0, article: 1, places: 2 };
  return problems.sort((a, b) => order[a.file] - order[b.file] || a.line - b.line || a.column - b.column);
}
