package main

import "fmt"

var log []string

func process(name string) {
	log = append(log, "open "+name)
	defer func() { log = append(log, "close "+name) }()
	if name == "b" {
		log = append(log, "early return "+name)
		return
	}
	log = append(log, "work "+name)
}

func main() {
	for _, n := range []string{"a", "b", "c"} {
		process(n)
	}
	for _, l := range log {
		fmt.Println(l)
	}
}
