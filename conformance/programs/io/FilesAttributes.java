// java.nio.file attributes through the Unix natives: POSIX permissions set and read back,
// the owner and group by name, symbolic and hard links, isSameFile, the file store's figures
// and the file key; nothing host-specific is printed.
import java.nio.charset.StandardCharsets;
import java.nio.file.FileStore;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;

public class FilesAttributes {
    public static void main(String[] args) throws Exception {
        Path dir = Files.createDirectory(Paths.get("attrs-dir"));
        Path f = dir.resolve("file.txt");
        Files.write(f, "attributes".getBytes(StandardCharsets.UTF_8));
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r-----"));
        System.out.println("permissions " + PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
        PosixFileAttributes pa = Files.readAttributes(f, PosixFileAttributes.class);
        System.out.println("owner is the user " + pa.owner().getName().equals(System.getProperty("user.name")));
        System.out.println("group named " + !pa.group().getName().isEmpty());
        UserPrincipal owner = Files.getOwner(f);
        UserPrincipal byName = f.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(owner.getName());
        System.out.println("lookup by name finds the owner " + owner.equals(byName));
        try {
            f.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("no-such-user-xyz");
        } catch (java.nio.file.attribute.UserPrincipalNotFoundException e) {
            System.out.println("UserPrincipalNotFoundException " + e.getName());
        }
        PosixFileAttributeView view = Files.getFileAttributeView(f, PosixFileAttributeView.class);
        view.setPermissions(PosixFilePermissions.fromString("rwx------"));
        System.out.println("after view " + PosixFilePermissions.toString(view.readAttributes().permissions()) + " executable " + Files.isExecutable(f));

        Path link = dir.resolve("link");
        Files.createSymbolicLink(link, Paths.get("file.txt"));
        System.out.println("symbolic " + Files.isSymbolicLink(link) + " target " + Files.readSymbolicLink(link) + " same file " + Files.isSameFile(link, f));
        System.out.println("link size followed " + Files.size(link) + " not followed is link " + Files.readAttributes(link, PosixFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isSymbolicLink());
        Path hard = dir.resolve("hard");
        Files.createLink(hard, f);
        System.out.println("hard link same file " + Files.isSameFile(hard, f) + " nlink " + Files.getAttribute(f, "unix:nlink"));
        System.out.println("file keys equal " + Files.readAttributes(hard, PosixFileAttributes.class).fileKey().equals(pa.fileKey()));
        Files.delete(link);
        System.out.println("dangling after delete " + Files.exists(link, LinkOption.NOFOLLOW_LINKS));

        FileStore store = Files.getFileStore(f);
        System.out.println("store total > 0 " + (store.getTotalSpace() > 0) + " usable <= total " + (store.getUsableSpace() <= store.getTotalSpace()));

        Files.delete(hard);
        Files.delete(f);
        Files.delete(dir);
        System.out.println("cleaned " + Files.notExists(dir));
    }
}
