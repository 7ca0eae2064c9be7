package main

import "fmt"

type Celsius float64
type Names []string
type Handler func(string) string

func describe(v interface{}) {
	switch x := v.(type) {
	case Celsius:
		fmt.Println("celsius", float64(x))
	case float64:
		fmt.Println("float64", x)
	case Names:
		fmt.Println("names", len(x), x)
	case []string:
		fmt.Println("plain slice", x)
	case Handler:
		fmt.Println("handler", x("in"))
	case map[string]int:
		fmt.Println("map", x["k"])
	}
}

func main() {
	describe(Celsius(21.5))
	describe(21.5)
	describe(Names{"a", "b"})
	describe([]string{"c"})
	describe(Handler(func(s string) string { return s + "!" }))
	describe(map[string]int{"k": 3})
}
