// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "isms",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "isms", targets: ["isms"]),
        .library(name: "ISMSKit", targets: ["ISMSKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-crypto", "4.5.2"..<"5.0.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/vapor/multipart-kit", from: "4.7.1"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
    ],
    targets: [
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .target(
            name: "ISMSKit",
            dependencies: [
                "CLibXML2",
                .product(name: "Yams", package: "Yams"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        // The workbench server has a target of its own, so that the register's domain does not
        // depend on an HTTP stack.
        .target(
            name: "ISMSServe",
            dependencies: [
                "ISMSKit",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "MultipartKit", package: "multipart-kit"),
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(name: "CAllocator"),
        .executableTarget(
            name: "isms",
            dependencies: [
                "ISMSKit",
                "ISMSServe",
                "CAllocator",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(
            name: "ISMSTestSupport",
            dependencies: ["ISMSKit"],
            path: "Tests/ISMSTestSupport"
        ),
        .testTarget(
            name: "ISMSKitTests",
            dependencies: [
                "ISMSKit", "ISMSTestSupport",
                // The zip tests show what ZIPFoundation itself reads from a crafted zip.
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                // The exact-edit promises are checked over generated records.
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            exclude: ["Golden"]
        ),
        .testTarget(
            name: "ISMSServeTests",
            dependencies: ["ISMSKit", "ISMSServe", "ISMSTestSupport", "isms"],
            // The real-browser test's Selenium script, run by ServeBrowserTests.
            exclude: ["serve_browser.py"]
        ),
        .testTarget(
            name: "ISMSEndToEndTests",
            dependencies: ["ISMSKit", "ISMSTestSupport", "isms"],
            exclude: ["Golden"]
        ),
    ],
    swiftLanguageModes: [.v6]
)
