// Go 1.19's src/log/example_test.go (BSD license, stdlib/LICENSE-go) run as a program: main calls every Example
// function in order after a line naming it. Changed: log_test is main.

package main

import (
	"bytes"
	"fmt"
	"log"
)

func ExampleLogger() {
	var (
		buf    bytes.Buffer
		logger = log.New(&buf, "logger: ", log.Lshortfile)
	)

	logger.Print("Hello, log file!")

	fmt.Print(&buf)
	// Output:
	// logger: example_test.go:19: Hello, log file!
}

func ExampleLogger_Output() {
	var (
		buf    bytes.Buffer
		logger = log.New(&buf, "INFO: ", log.Lshortfile)

		infof = func(info string) {
			logger.Output(2, info)
		}
	)

	infof("Hello world")

	fmt.Print(&buf)
	// Output:
	// INFO: example_test.go:36: Hello world
}

func main() {
	fmt.Println("=== ExampleLogger")
	ExampleLogger()
	fmt.Println("=== ExampleLogger_Output")
	ExampleLogger_Output()
}
