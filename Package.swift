// swift-tools-version:6.0
// ccsim: contact-center simulator and staffing planner.
// Dependencies point one way (see docs/DESIGN.md):
//   ccsim -> Reporting -> ContactCenter -> {DiscreteEvent, Queueing} -> CGSL
import PackageDescription

let package = Package(
    name: "ccsim",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "ccsim", targets: ["ccsim"]),
        .library(name: "Queueing", targets: ["Queueing"]),
        .library(name: "DiscreteEvent", targets: ["DiscreteEvent"]),
        .library(name: "ContactCenter", targets: ["ContactCenter"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.0"),
        .package(url: "https://github.com/apple/swift-collections", from: "1.1.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
    ],
    targets: [
        .systemLibrary(name: "CGSL", pkgConfig: "gsl",
                       providers: [.apt(["libgsl-dev"])]),
        .target(name: "Queueing", dependencies: ["CGSL"]),
        .target(name: "DiscreteEvent", dependencies: [
            "CGSL", .product(name: "HeapModule", package: "swift-collections"),
        ]),
        .target(name: "ContactCenter", dependencies: [
            "Queueing", "DiscreteEvent",
            .product(name: "CSV", package: "CSV.swift"),
            .product(name: "Yams", package: "Yams"),
        ]),
        .target(name: "Reporting", dependencies: ["ContactCenter", "Queueing"]),
        .executableTarget(
            name: "ccsim",
            dependencies: [
                "Reporting", "ContactCenter", "Queueing",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        .testTarget(name: "QueueingTests", dependencies: ["Queueing"],
                    resources: [.copy("Vectors")]),
        .testTarget(name: "DiscreteEventTests", dependencies: ["DiscreteEvent"]),
        .testTarget(name: "ReportingTests", dependencies: ["Reporting"]),
        .testTarget(name: "ContactCenterTests", dependencies: ["ContactCenter", "Queueing", "DiscreteEvent"],
                    resources: [.copy("Vectors")]),
        // Runs the built `ccsim` binary on the shipped examples, as a user would.
        .testTarget(name: "EndToEndTests", dependencies: ["ccsim"], resources: [.copy("Fixtures")]),
    ]
)
