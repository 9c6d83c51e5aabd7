package org.enchufe.workbench;

/**
 * A save made on top of an older version of the file than the one saved since (another tab of the
 * workspace saved first): refused, and the page that sent it is shown both texts to choose from.
 */
final class FileConflict extends RuntimeException {

    private final Draft current;

    FileConflict(Draft current) {
        super("file " + current.filename() + " is at version " + current.version(), null, false, false);
        this.current = current;
    }

    /** The file as it is saved now. */
    Draft current() {
        return current;
    }
}
