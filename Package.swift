// swift-tools-version:6.0
// ccsim: contact-center simulator and staffing planner.
// Dependencies point one way: ccsim -> Queueing -> CGSL (see docs/DESIGN.md).
import PackageDescription

let package = Package(
    name: "ccsim",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "ccsim", targets: ["ccsim"]),
        .library(name: "Queueing", targets: ["Queueing"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.0"),
    ],
    targets: [
        .systemLibrary(name: "CGSL", pkgConfig: "gsl",
                       providers: [.apt(["libgsl-dev"])]),
        .target(name: "Queueing", dependencies: ["CGSL"]),
        .executableTarget(
            name: "ccsim",
            dependencies: [
                "Queueing",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "CSV", package: "CSV.swift"),
            ]),
        .testTarget(name: "QueueingTests", dependencies: ["Queueing"],
                    resources: [.copy("Vectors")]),
    ]
)
