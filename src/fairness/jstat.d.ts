// The part of jStat (a CommonJS module without published types) that dpia uses.
declare module 'jstat' {
  const jStat: {
    normal: {
      /** The quantile of the normal distribution with this mean and standard deviation. */
      inv(p: number, mean: number, sd: number): number;
    };
  };
  export default jStat;
}
