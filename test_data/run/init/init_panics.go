package main

import "fmt"

var config = load()

func load() map[string]string {
	fmt.Println("loading")
	return nil
}

func init() {
	config["key"] = "value"
}

func main() {
	fmt.Println("unreachable")
}
