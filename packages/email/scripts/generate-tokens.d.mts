export declare const THEME_CSS: string
export declare function lightTokens(css: string): Record<string, string>
export declare function tokensModule(css: string): string
