// BuildInfo.String and ParseBuildInfo: the text format round-trips, quoting keys and values as Go does, and
// malformed lines report Go's errors with the line number.
package main

import (
	"fmt"
	"runtime/debug"
)

func main() {
	bi := &debug.BuildInfo{
		GoVersion: "go1.19",
		Path:      "example.com/cmd/tool",
		Main:      debug.Module{Path: "example.com", Version: "v1.2.3", Sum: "h1:abc="},
		Deps: []*debug.Module{
			{Path: "golang.org/x/text", Version: "v0.3.7", Sum: "h1:def="},
			{Path: "example.org/old", Version: "v1.0.0", Replace: &debug.Module{Path: "../local", Version: "(devel)"}},
		},
		Settings: []debug.BuildSetting{
			{Key: "-compiler", Value: "gc"},
			{Key: "CGO_ENABLED", Value: "0"},
			{Key: "-ldflags", Value: "-s -w"},
			{Key: "odd key", Value: "tab\there"},
		},
	}
	text := bi.String()
	fmt.Print(text)
	parsed, err := debug.ParseBuildInfo(text)
	fmt.Println("parse error:", err)
	fmt.Println("path:", parsed.Path, "main:", parsed.Main.Path, parsed.Main.Version, parsed.Main.Sum)
	for _, d := range parsed.Deps {
		fmt.Println("dep:", d.Path, d.Version, d.Sum, d.Replace != nil)
		if d.Replace != nil {
			fmt.Println("  =>", d.Replace.Path, d.Replace.Version)
		}
	}
	for _, s := range parsed.Settings {
		fmt.Printf("setting %q = %q\n", s.Key, s.Value)
	}
	fmt.Println("round trip (without go version):", parsed.String() == text[len("go\tgo1.19\n"):])

	for _, bad := range []string{
		"mod\tonly-one\n",
		"path\tx\ndep\ta\tb\tc\td\n",
		"=>\ta\tb\tc\n",
		"build\t=x\n",
		"build\tkey\n",
		"build\tbad key=1\n",
		"build\tk=two words\n",
		"build\t\"unterminated\n",
		"build\t\"k\"x\n",
		"build\tk=\"bad\\q\"\n",
		"mod\ta\tb\n=>\tc\td\n",
	} {
		_, err := debug.ParseBuildInfo(bad)
		fmt.Printf("%q: %v\n", bad, err)
	}
	info, ok := debug.ReadBuildInfo()
	fmt.Println("ReadBuildInfo ok:", ok, info != nil)
}
