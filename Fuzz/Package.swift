// swift-tools-version:6.0
import PackageDescription

// libFuzzer targets for isms, kept apart from the root package so that its build and tests never
// need the sanitizers. Build and run them with `scripts/fuzz TARGET SECONDS` (see docs/security.md).
let package = Package(
    name: "isms-fuzz",
    platforms: [.macOS(.v14)],
    dependencies: [.package(name: "isms", path: "..")],
    targets: [
        // Declares libFuzzer's LLVMFuzzerRunDriver (see each target's main.swift).
        .target(name: "FuzzDriver"),
        .executableTarget(
            name: "FuzzRecordLoader", dependencies: ["FuzzDriver", .product(name: "ISMSKit", package: "isms")]),
        .executableTarget(
            name: "FuzzPackFolder", dependencies: ["FuzzDriver", .product(name: "ISMSKit", package: "isms")]),
        .executableTarget(
            name: "FuzzPackZip", dependencies: ["FuzzDriver", .product(name: "ISMSKit", package: "isms")]),
        .executableTarget(
            name: "FuzzMarkdown", dependencies: ["FuzzDriver", .product(name: "ISMSKit", package: "isms")]),
        .executableTarget(
            name: "FuzzCaches", dependencies: ["FuzzDriver", .product(name: "ISMSKit", package: "isms")]),
    ],
    swiftLanguageModes: [.v6]
)
