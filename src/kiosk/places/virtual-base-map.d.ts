// The base map that vite.config.ts draws at build time with draw-base-map.ts.
declare module 'virtual:eske-base-map' {
  const baseMap: import('./draw-base-map.ts').BaseMap;
  export default baseMap;
}
