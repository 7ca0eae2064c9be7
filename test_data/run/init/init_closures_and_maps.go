package main

import "fmt"

var handlers = map[string]func() string{
	"a": func() string { return "handler a " + suffix },
}

var suffix = computeSuffix()

func computeSuffix() string {
	fmt.Println("computing suffix")
	return "!"
}

func init() {
	handlers["b"] = func() string { return "handler b" }
	fmt.Println("init ran, handlers:", len(handlers))
}

func main() {
	fmt.Println(handlers["a"](), handlers["b"]())
}
