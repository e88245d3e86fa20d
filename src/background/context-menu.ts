export function installContextMenu(): void {}
