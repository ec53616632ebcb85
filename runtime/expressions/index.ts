export { evaluateExpression, isTruthy, isKnownOperator, ExpressionError } from './evaluate';
export { readVariables, type ExpressionFacts } from './readVariables';
