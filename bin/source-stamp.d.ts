/** `sources <count> <newest mtime in ms>` over every file under the folder. */
export function sourceStamp(folder: string): string;
/** The text of dist/BUILT: when it was built, and the stamp of the sources it was built from. */
export function builtText(sourceFolder: string, now?: Date): string;
/** Whether the BUILT file names the sources as they are now; false when it is missing or older. */
export function builtFromSources(builtFile: string, sourceFolder: string): boolean;
