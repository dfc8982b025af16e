import Foundation
import ISMSKit
import ISMSTestSupport
import Testing

@Suite("RegisterLocator: the nearest isms.yaml from a folder up")
struct RegisterLocatorTests {
    @Test("the walk looks in the folder, then each parent, and ends at /")
    func foldersEndAtRoot() {
        #expect(RegisterLocator.folders(from: "/a/b/c") == ["/a/b/c", "/a/b", "/a", "/"])
        #expect(RegisterLocator.folders(from: "/a/./b/../c/") == ["/a/c", "/a", "/"])
        #expect(RegisterLocator.folders(from: "/") == ["/"])
        let relative = RegisterLocator.folders(from: "x")
        #expect(relative.first == RegisterLoader.absolute("x") && relative.last == "/")
    }

    @Test("the nearest folder with isms.yaml wins; one found in no folder up to / gives none")
    func nearestWins() throws {
        let outer = try FixtureRegister(baseline: false)
        try outer.write("isms.yaml", FixtureRegister.settings)
        try outer.write("a/b/isms.yaml", FixtureRegister.settings)
        try outer.write("a/b/c/d/.keep", "")
        let root = RegisterLoader.absolute(outer.root)
        #expect(RegisterLocator.nearest(from: outer.root + "/a/b/c/d") == root + "/a/b")
        #expect(RegisterLocator.nearest(from: outer.root + "/a/b") == root + "/a/b")
        #expect(RegisterLocator.nearest(from: outer.root + "/a") == root)
        #expect(RegisterLocator.enclosing(outer.root + "/a/b") == root)
        #expect(RegisterLocator.enclosing(outer.root + "/a/b/not/yet/made") == root + "/a/b")
        // A folder named isms.yaml is not a register's settings.
        try outer.write("e/isms.yaml/.keep", "")
        #expect(RegisterLocator.nearest(from: outer.root + "/e") == root)

        let lone = try FixtureRegister(baseline: false)
        try lone.write("x/y/.keep", "")
        if RegisterLocator.nearest(from: FileManager.default.temporaryDirectory.path) == nil {
            #expect(RegisterLocator.nearest(from: lone.root + "/x/y") == nil)
            #expect(RegisterLocator.enclosing(lone.root) == nil)
        }
        #expect(RegisterLocator.enclosing("/") == nil)
    }

    @Test("-C DIR is taken exactly; a folder inside a register is refused without the init advice")
    func explicitDirectory() throws {
        let fixture = try FixtureRegister(baseline: false)
        try fixture.write("isms.yaml", FixtureRegister.settings)
        try fixture.write("controls/.keep", "")
        #expect(try RegisterLocator.locate(directory: fixture.root) == fixture.root)
        #expect(
            throws: RegisterLocationError.insideRegister(
                fixture.root + "/controls", register: RegisterLoader.absolute(fixture.root))
        ) {
            try RegisterLocator.locate(directory: fixture.root + "/controls")
        }
        let error = RegisterLocationError.insideRegister("controls", register: "/r")
        #expect(!error.description.contains("isms init") && error.description.contains("-C /r"))
        #expect(RegisterLocationError.noRegister(mountPoint: nil).description.contains("isms init"))
        #expect(RegisterLocationError.noRegister(mountPoint: "/mnt").description.contains("mount point /mnt"))
        // A folder that does not exist is the loader's to report.
        #expect(try RegisterLocator.locate(directory: fixture.root + "/missing") == fixture.root + "/missing")
    }
}
