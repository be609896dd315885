/** A loopback TCP port nothing listens on right now (for a server a bench or test starts). */
export declare function freePort(): Promise<number>
